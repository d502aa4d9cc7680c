import { HirehoundError } from '../common/errors';
import type { GatewayClient } from '../gateway/client';
import type { DB } from '../store/database';
import { monthlyCreditTotals } from '../store/credit-ledger';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

/**
 * GET /v1/credits (admins): the month's budget as the gateway's Redis ledger has it (used,
 * reserved, remaining, alerts, circuits) beside the Postgres ledger's totals by endpoint, so the
 * two can be reconciled at a glance.
 */
export function creditRoutes(db: DB, gateway: GatewayClient | undefined): BoundRoute[] {
  return bindRoutes(ROUTES.credits, {
    read: async (_input, _req, res) => {
      if (!gateway) throw new HirehoundError('DEPENDENCY_UNAVAILABLE', { message: 'No gateway is configured' });
      const status = await gateway.creditStatus();
      const ledger = await monthlyCreditTotals(db, status.month);
      res.json({ gateway: status, ledger });
    },
  });
}
