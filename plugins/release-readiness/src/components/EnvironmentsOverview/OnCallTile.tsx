import Typography from '@mui/material/Typography';
import type { OnCallPerson } from '@release-readiness/plugin-release-readiness-common';
import { Fragment } from 'react';
import { useOnCall } from '../../hooks/useOnCall';
import { PersonLink, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { LoadedTile } from './LoadedTile';
import { TileNote } from './TileNote';

function People(props: { people: OnCallPerson[]; none: string }) {
  if (props.people.length === 0) {
    return <em>{props.none}</em>;
  }
  return (
    <>
      {props.people.map((person, index) => (
        <Fragment key={person.entityRef ?? person.displayName}>
          {index > 0 && ', '}
          <PersonLink person={person} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * Who is on call in an environment now (primary and backup), with the source's status and "as
 * of" time; nobody is said as such, and an unavailable source shows no one.
 */
export function OnCallTile(props: { system: string; environment: string }) {
  const { t } = useFormatters();
  return (
    <LoadedTile
      tile="onCall"
      state={useOnCall(props.system, props.environment, 1)}
      notConfigured
    >
      {value => {
        const current =
          value.source.status === 'unavailable' ? undefined : value.current;
        if (!current) {
          return (
            <TileNote tile="onCall" source={value.source}>
              {t('board.tile.unknown')}
            </TileNote>
          );
        }
        return (
          <BoardTile tile="onCall" source={value.source}>
            <Typography variant="body2" component="div">
              <People
                people={current.primary}
                none={t('board.tile.onCallNobody')}
              />
              {t('board.tile.onCallBackup')}
              <People
                people={current.backup}
                none={t('board.tile.onCallNone')}
              />
            </Typography>
          </BoardTile>
        );
      }}
    </LoadedTile>
  );
}
