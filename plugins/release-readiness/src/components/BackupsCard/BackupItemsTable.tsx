import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupItemResult } from '@release-readiness/plugin-release-readiness-common';
import { describeAge, SafeLink, SourceMark, StatusChip } from '../shared';

function ItemRow(props: { item: BackupItemResult; walLag?: boolean }) {
  const { item, walLag } = props;
  return (
    <TableRow data-item={item.name}>
      <TableCell>
        <Typography variant="body2">
          <SafeLink to={item.url}>{item.name}</SafeLink>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {walLag ? `WAL archiving lag · ${item.kind}` : item.kind}
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
  return (
    <Table size="small" aria-label="Backup items">
      <TableHead>
        <TableRow>
          <TableCell>Item</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Age</TableCell>
          <TableCell>Detail</TableCell>
          <TableCell>Source</TableCell>
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
