import { verifyAuditChain } from '../features/audit/audit-verify';
import { runCli, withCliDatabase } from './cli-database';

runCli(() =>
  withCliDatabase(async (dataSource) => {
    const result = await verifyAuditChain(dataSource);
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} events verified.`);
      return 0;
    }
    console.error(
      `Audit chain BROKEN at event ${result.firstBrokenId}: ${result.reason} (${result.checked} events verified before it).`,
    );
    return 1;
  }),
);
