import { verifyAuditChain } from '../features/audit/audit-verify';
import { runCli, withCliDatabase } from './cli-database';

runCli(() =>
  withCliDatabase(async (dataSource) => {
    const result = await verifyAuditChain(dataSource);
    if (result.unanchored > 0) {
      console.log(
        result.unanchoredBefore
          ? `Unanchored before #${result.unanchoredBefore}: ${result.unanchored} events written before the chain was signed (hashes checked, no HMAC).`
          : `Unanchored: none of the ${result.unanchored} events is signed yet (written before the chain was signed).`,
      );
    }
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} events verified.`);
      // Noting the head outside the database closes what the database alone cannot (ADR 0013).
      if (result.head) console.log(`Signed head: #${result.head.id} ${result.head.hash}`);
      return 0;
    }
    console.error(
      `Audit chain BROKEN at event ${result.firstBrokenId}: ${result.reason} (${result.checked} events verified before it).`,
    );
    return 1;
  }),
);
