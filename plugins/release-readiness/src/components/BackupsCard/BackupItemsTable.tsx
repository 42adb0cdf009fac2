import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupItemResult } from '@release-readiness/plugin-release-readiness-common';
import { SafeLink, SourceMark, StatusChip, useFormatters } from '../shared';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

function ItemRow(props: { item: BackupItemResult; walLag?: boolean }) {
  const { item, walLag } = props;
  const { t, describeAge } = useFormatters();
  return (
    <TableRow data-item={item.name}>
      <TableCell>
        <Typography variant="body2">
          <SafeLink to={item.url}>{item.name}</SafeLink>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {walLag ? t('backups.items.walLag', { kind: item.kind }) : item.kind}
        </Typography>
      </TableCell>
      <TableCell>
        <StatusChip status={item.status} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {describeAge(item, walLag ? 'max lag' : 'RPO')}
      </TableCell>
      <TableCell>
        <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
          {item.detail}
        </Typography>
      </TableCell>
      <TableCell>
        <SourceMark source={item.source} />
      </TableCell>
    </TableRow>
  );
}

/**
 * The backup items of an environment and its WAL lag: each with its status, its age against
 * its RPO (or the lag against the max lag), the source's detail, a link to the evidence (http(s)
 * only) and its own source with its "as of" time.
 */
export function BackupItemsTable(props: {
  items: BackupItemResult[];
  walLag?: BackupItemResult;
}) {
  const { items, walLag } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <Table size="small" aria-label={t('backups.items.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('backups.items.item')}</TableCell>
          <TableCell>{t('backups.items.status')}</TableCell>
          <TableCell>{t('backups.items.age')}</TableCell>
          <TableCell>{t('backups.items.detail')}</TableCell>
          <TableCell>{t('backups.items.source')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <ItemRow key={item.name} item={item} />
        ))}
        {walLag && <ItemRow item={walLag} walLag />}
      </TableBody>
    </Table>
  );
}
