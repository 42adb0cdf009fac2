import Typography from '@mui/material/Typography';
import type { RaciPerson } from '@release-readiness/plugin-release-readiness-common';
import { Fragment } from 'react';
import { useRaci } from '../../hooks/useRaci';
import { PersonLink, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { LoadedTile } from './LoadedTile';
import { TileNote } from './TileNote';

/** The activity whose owners the board names: the go/no-go decision. */
export const OWNERS_ACTIVITY = 'go-no-go';

function People(props: { people: RaciPerson[] }) {
  const { t } = useFormatters();
  if (props.people.length === 0) {
    return <em>{t('board.tile.nobody')}</em>;
  }
  return (
    <>
      {props.people.map((person, index) => (
        <Fragment key={person.entityRef}>
          {index > 0 && ', '}
          <PersonLink person={person} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * Who owns an environment's go/no-go decision by its RACI: the Accountable and the Responsible,
 * with the catalog read's status and "as of" time. Nobody is said as such.
 */
export function OwnersTile(props: { system: string; environment: string }) {
  const { t } = useFormatters();
  return (
    <LoadedTile tile="owners" state={useRaci(props.system, props.environment)}>
      {value => {
        const activity = value.activities.find(
          a => a.activity === OWNERS_ACTIVITY,
        );
        if (!activity) {
          return (
            <TileNote tile="owners" source={value.source}>
              {t('board.tile.ownersNoActivity', {
                activity: OWNERS_ACTIVITY,
              })}
            </TileNote>
          );
        }
        return (
          <BoardTile tile="owners" source={value.source}>
            <Typography variant="body2" component="div">
              {t('board.tile.accountable')}
              <People people={activity.accountable} />
              {t('board.tile.responsible')}
              <People people={activity.responsible} />
            </Typography>
          </BoardTile>
        );
      }}
    </LoadedTile>
  );
}
