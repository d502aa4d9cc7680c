import { HirehoundError } from '../common/errors';
import { HASDATA_ENDPOINTS } from '../common/hasdata-endpoints';
import { MODEL_ENDPOINTS } from '../common/model-endpoints';
import type { GatewayClient } from '../gateway/client';
import type { DB } from '../store/database';
import { monthlyCreditTotals } from '../store/credit-ledger';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

/**
 * GET /v1/credits (admins): the month's budget as the gateway's Redis ledger has it (used,
 * reserved, remaining, alerts, circuits) beside the Postgres ledger's totals by endpoint, so the
 * two can be reconciled at a glance; the same for the Imaginator's chat-model line, which has a
 * budget (and credits) of its own.
 */
export function creditRoutes(db: DB, gateway: GatewayClient | undefined): BoundRoute[] {
  return bindRoutes(ROUTES.credits, {
    read: async (_input, _req, res) => {
      if (!gateway) throw new HirehoundError('DEPENDENCY_UNAVAILABLE', { message: 'No gateway is configured' });
      const [status, modelStatus] = await Promise.all([gateway.creditStatus(), gateway.modelLineStatus()]);
      const [ledger, modelLedger] = await Promise.all([
        monthlyCreditTotals(db, status.month, HASDATA_ENDPOINTS),
        monthlyCreditTotals(db, modelStatus.month, MODEL_ENDPOINTS),
      ]);
      res.json({ gateway: status, ledger, modelLine: { gateway: modelStatus, ledger: modelLedger } });
    },
  });
}
