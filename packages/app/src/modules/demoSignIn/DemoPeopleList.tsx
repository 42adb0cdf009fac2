import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useId, useMemo, useState } from 'react';
import type { DemoPerson } from './fetchDemoPeople';

function matches(person: DemoPerson, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return (
    !q ||
    person.displayName.toLocaleLowerCase().includes(q) ||
    person.groups.some(g => g.displayName.toLocaleLowerCase().includes(q))
  );
}

/**
 * The demo people with their groups, searchable by name or group. Each person is a button whose
 * accessible name is the person's name; their groups describe it, and `data-entity-ref` carries
 * the user's entity ref (for browser tests).
 */
export function DemoPeopleList(props: {
  people: DemoPerson[];
  onChoose: (person: DemoPerson) => void;
}) {
  const { people, onChoose } = props;
  const [query, setQuery] = useState('');
  const idPrefix = useId();
  const shown = useMemo(
    () => people.filter(p => matches(p, query)),
    [people, query],
  );

  return (
    <>
      <TextField
        id={`${idPrefix}-search`}
        label="Find a person or group"
        type="search"
        value={query}
        onChange={e => setQuery(e.target.value)}
        fullWidth
        margin="normal"
      />
      <Typography variant="body2" color="textSecondary" aria-live="polite">
        {shown.length === people.length
          ? `${people.length} people`
          : `${shown.length} of ${people.length} people`}
      </Typography>
      <List aria-label="Demo people">
        {shown.map((person, i) => {
          const groupsId = `${idPrefix}-groups-${i}`;
          return (
            <ListItem key={person.entityRef} disableGutters>
              <Button
                variant="outlined"
                color="primary"
                aria-describedby={groupsId}
                data-entity-ref={person.entityRef}
                onClick={() => onChoose(person)}
              >
                {person.displayName}
              </Button>
              <Typography
                id={groupsId}
                variant="body2"
                color="textSecondary"
                style={{ marginLeft: 16 }}
              >
                {person.groups.length > 0
                  ? person.groups.map(g => g.displayName).join(', ')
                  : 'no group'}
              </Typography>
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
