import type { OpenIncident } from '@release-readiness/plugin-release-readiness-common';
import { safeHttpUrl } from '@release-readiness/plugin-release-readiness-common';
import type { SeverityMapping } from './readSeverityMapping';

/** The fields of a PagerDuty incident (REST API v2 `GET /incidents`) that readiness needs. */
export interface PagerDutyIncident {
  id: string;
  incident_number?: number;
  title?: string;
  summary?: string;
  status: string;
  urgency?: string;
  created_at: string;
  html_url?: string;
  service?: { id: string; summary?: string };
  priority?: { id: string; summary?: string; name?: string } | null;
}

/**
 * A PagerDuty incident as an open incident: the priority maps first, then the urgency; when
 * neither maps the severity is left out (the readiness rule then reads `unknown`). The link is
 * kept only as an http(s) URL without credentials.
 */
export function toOpenIncident(
  incident: PagerDutyIncident,
  mapping: SeverityMapping,
): OpenIncident {
  const priorityName = incident.priority?.summary ?? incident.priority?.name;
  const severity =
    (priorityName ? mapping.priorities[priorityName] : undefined) ??
    (incident.urgency === 'high' || incident.urgency === 'low'
      ? mapping.urgencies[incident.urgency]
      : undefined);
  const title = incident.title ?? incident.summary ?? incident.id;
  const url = safeHttpUrl(incident.html_url);
  return {
    id: incident.id,
    title: incident.incident_number
      ? `[#${incident.incident_number}] ${title}`
      : title,
    status: incident.status === 'acknowledged' ? 'acknowledged' : 'triggered',
    createdAt: incident.created_at,
    ...(severity && { severity }),
    ...(url && { url }),
    ...(incident.service?.summary && { service: incident.service.summary }),
  };
}
