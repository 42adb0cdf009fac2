import { parseEntityRef } from '@backstage/catalog-model';
import {
  rotationShifts,
  type OnCallRotation,
  type OnCallShift,
  type WeeklyHandover,
} from '@release-readiness/plugin-release-readiness-common';
import type { OnCallSource } from '@release-readiness/plugin-release-readiness-node';

/**
 * The built-in on-call source: a weekly rotation kept in configuration. Needs no upstream; the
 * backend links its users to the catalog for names and pictures.
 */
export class ConfigOnCallSource implements OnCallSource {
  readonly key: string;
  readonly name: string;
  readonly handover: WeeklyHandover;
  readonly #rotation: OnCallRotation;

  /**
   * @param system - the system whose policy defines the rotation (rotation names repeat across
   *   systems), omitted in tests of one system
   */
  constructor(rotationName: string, rotation: OnCallRotation, system?: string) {
    this.key = system
      ? `config:${system}/${rotationName}`
      : `config:${rotationName}`;
    this.name = `config:rotations/${rotationName}`;
    this.handover = rotation.handover;
    this.#rotation = rotation;
  }

  async listShifts(range: {
    start: string;
    end: string;
  }): Promise<OnCallShift[]> {
    return rotationShifts(this.#rotation, range).map(shift => ({
      role: shift.role,
      start: shift.start,
      end: shift.end,
      person: {
        entityRef: shift.member,
        displayName: parseEntityRef(shift.member).name,
      },
    }));
  }
}
