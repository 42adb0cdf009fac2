import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  RACI_LETTERS,
  type RaciResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useRaci } from '../../hooks/useRaci';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { SourcedContent } from '../shared';
import { RaciCell } from './RaciCell';

const HEADERS = {
  responsible: 'people.raci.responsible',
  accountable: 'people.raci.accountable',
  consulted: 'people.raci.consulted',
  informed: 'people.raci.informed',
} as const satisfies Record<(typeof RACI_LETTERS)[number], string>;

function Matrix(props: { raci: RaciResponse }) {
  const { raci } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const roleTitles = new Map(raci.roles.map(r => [r.id, r.title]));
  const known = raci.source.status !== 'unavailable';
  return (
    <TableContainer>
      <Table size="small" aria-label={t('people.raci.matrixLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('people.raci.activity')}</TableCell>
            {RACI_LETTERS.map(letter => (
              <TableCell key={letter}>{t(HEADERS[letter])}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {raci.activities.map(activity => (
            <TableRow key={activity.activity}>
              <TableCell component="th" scope="row">
                {activity.title}
              </TableCell>
              {RACI_LETTERS.map(letter => (
                <TableCell key={letter} sx={{ verticalAlign: 'top' }}>
                  <RaciCell
                    activity={activity}
                    letter={letter}
                    roleTitles={roleTitles}
                    known={known}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * The RACI matrix of one environment: who is Responsible, Accountable, Consulted and Informed for
 * each activity, with avatars and links to the catalog, and the findings (roles that resolve to
 * nobody, missing catalog entities).
 *
 * @public
 */
export function RaciMatrix(props: { system: string; environment: string }) {
  const state = useRaci(props.system, props.environment);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('people.raci.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('people.raci.title')}
        </Typography>
        <SourcedContent
          state={state}
          title={t('people.raci.loadError')}
          source={value => value.source}
          notConfigured={{
            title: t('people.raci.notConfiguredTitle'),
            description: t('people.raci.notConfiguredDescription'),
          }}
          // activities and roles come from configuration; people are left out when unavailable
          contentWhenUnavailable
        >
          {value => (
            <>
              {value.findings.length > 0 && (
                <Stack spacing={1} sx={{ my: 1 }}>
                  {value.findings.map((finding, i) => (
                    <Alert key={i} severity={finding.severity}>
                      {finding.message}
                    </Alert>
                  ))}
                </Stack>
              )}
              <Matrix raci={value} />
            </>
          )}
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
