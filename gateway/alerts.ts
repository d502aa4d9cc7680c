import type { Logger } from '../common/logger';
import type { FiredAlert } from './governance/governor';
import type { GatewayMetrics } from './metrics';

/**
 * Budget alerts, fired once per month and threshold (Redis decides which instance fires): a log
 * line, a metric, and a POST to the webhook when one is configured. The webhook is retried a few
 * times; its failure never affects the call that crossed the threshold.
 */
export function createAlertSink(options: {
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
  readonly webhookUrl: string | undefined;
  readonly attempts?: number;
  /** A budget line other than HasData's (`hf.chat`): named in the log line and the webhook. */
  readonly line?: string;
}): (alert: FiredAlert) => void {
  const attempts = options.attempts ?? 3;
  const credits = options.line ? `${options.line} model credits` : 'provider credits';
  return (alert) => {
    const percent = Math.round(alert.threshold * 100);
    options.logger.warn(
      {
        alert: 'credit_budget',
        ...(options.line ? { line: options.line } : {}),
        month: alert.month,
        threshold: alert.threshold,
        used: alert.usedCredits,
        budget: alert.budget,
      },
      `${credits} passed ${percent}% of the monthly budget`,
    );
    options.metrics.alerts.inc({ threshold: String(alert.threshold) });
    const url = options.webhookUrl;
    if (!url) return;
    const body = JSON.stringify({
      type: 'hirehound.credit_budget_alert',
      ...(options.line ? { line: options.line } : {}),
      month: alert.month,
      threshold: alert.threshold,
      usedCredits: alert.usedCredits,
      budget: alert.budget,
      text: `Hirehound has used ${alert.usedCredits} of ${alert.budget} ${credits} for ${alert.month} (${percent}% threshold).`,
    });
    void (async () => {
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(5000),
          });
          if (res.ok) return;
          throw new Error(`webhook answered ${res.status}`);
        } catch (err) {
          if (attempt === attempts) {
            options.logger.error(
              { err: (err as Error).message, threshold: alert.threshold },
              'budget alert webhook failed',
            );
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        }
      }
    })();
  };
}
