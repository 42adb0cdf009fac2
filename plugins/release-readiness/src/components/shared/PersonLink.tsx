import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Avatar from '@mui/material/Avatar';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import {
  safeHttpUrl,
  type OnCallPerson,
} from '@release-readiness/plugin-release-readiness-common';
import { SafeLink } from './SafeLink';

function initials(name: string): string {
  return name
    .split(/[\s.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map(part => part.charAt(0).toLocaleUpperCase())
    .join('');
}

/**
 * A person with avatar and name, linked to their catalog page (or, without a catalog user, to
 * their page in the on-call tool). Pictures and links that are not http(s) URLs are not used.
 */
export function PersonLink(props: { person: OnCallPerson }) {
  const { person } = props;
  let name = (
    <Typography variant="body2" component="span">
      {person.displayName}
    </Typography>
  );
  if (person.entityRef) {
    name = (
      <EntityRefLink entityRef={person.entityRef}>
        {person.displayName}
      </EntityRefLink>
    );
  } else if (person.url && safeHttpUrl(person.url)) {
    name = <SafeLink to={person.url}>{person.displayName}</SafeLink>;
  }
  const picture = person.picture ? safeHttpUrl(person.picture) : undefined;
  return (
    <Tooltip title={person.email ?? ''} disableHoverListener={!person.email}>
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        component="span"
        data-testid="person"
      >
        <Avatar
          src={picture}
          alt=""
          sx={{ width: 24, height: 24, fontSize: '0.7rem' }}
        >
          {initials(person.displayName)}
        </Avatar>
        {name}
      </Stack>
    </Tooltip>
  );
}
