import { expectKnownKeys, expectNumber, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import { atMost, meetsThreshold } from '../core/thresholds.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { describeSettingSource } from './tables/presetSources.js';

/** The facts of {@link canGrantSupplierReward}. */
export interface SupplierRewardInput {
  /** Rewards already granted from this project's fund this year, in yuan. */
  readonly grantedThisYearYuan: number;
  /** The reward asked for, in yuan. */
  readonly amountYuan: number;
  /** Fines collected this year from partners whose conduct caused strong complaints or late repairs, in yuan. */
  readonly finesCollectedYuan?: number | undefined;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/** Whether a reward fits the fund (`WAR-REWARD`). */
export type SupplierRewardDecision = Decision<{
  /** The reward fits what is left of this year's fund. */
  readonly allowed: boolean;
  /** What is left of this year's fund before this reward, in yuan (0 when it is spent or overspent). */
  readonly remainingYuan: number;
}>;

/** Yuan to whole fen, refusing negative amounts and fractions of a fen. */
function toFen(value: unknown, path: readonly string[], positive: boolean): number {
  const yuan = expectNumber(value, path, { min: 0, max: 1e12 });
  if (positive && yuan === 0) throw new InvalidArgumentError(path, 'expected an amount above 0 yuan');
  const fen = Math.round(yuan * 100);
  if (Math.abs(yuan * 100 - fen) > 1e-6) {
    throw new InvalidArgumentError(path, `expected yuan to the fen (2 decimals at most), got ${yuan}`);
  }
  return fen;
}

const yuanOf = (fen: number) => fen / 100;

/**
 * Whether an instant reward to a supplier's repair staff fits the project's fund
 * (`WAR-REWARD`, SOL 供方维修人员即时奖励作业指引): 20,000 yuan a year, topped up by the
 * fines charged to partners whose conduct caused strong complaints or late repairs. Sums
 * are counted in whole fen; the reward may take the fund to exactly 0 (以内).
 *
 * @rule WAR-REWARD
 * @throws {InvalidArgumentError} a negative or non-finite amount, a reward of 0, fractions of a fen.
 * @example
 * ```ts
 * canGrantSupplierReward({ grantedThisYearYuan: 19_500, amountYuan: 500 }); // allowed: true, remainingYuan: 500
 * canGrantSupplierReward({ grantedThisYearYuan: 19_500, amountYuan: 500.01 }).allowed; // false
 * canGrantSupplierReward({ grantedThisYearYuan: 19_500, amountYuan: 800, finesCollectedYuan: 300 }).allowed; // true
 * ```
 */
export function canGrantSupplierReward(input: SupplierRewardInput): SupplierRewardDecision {
  const obj = expectPlainObject(input, ['input']);
  expectKnownKeys(obj, ['grantedThisYearYuan', 'amountYuan', 'finesCollectedYuan', 'policy'], []);
  const granted = toFen(obj.grantedThisYearYuan, ['grantedThisYearYuan'], false);
  const amount = toFen(obj.amountYuan, ['amountYuan'], true);
  const fines =
    obj.finesCollectedYuan === undefined ? 0 : toFen(obj.finesCollectedYuan, ['finesCollectedYuan'], false);
  const policy = resolveWarrantyPolicy(obj.policy as WarrantyPolicyInput | undefined);
  const base = Math.round(policy.reward.annualFundYuan * 100);
  const topUp = policy.reward.topUpWithFines ? fines : 0;
  const fund = base + topUp;
  const remaining = Math.max(0, fund - granted);
  const allowed = meetsThreshold(atMost(remaining), amount);
  const source = describeSettingSource(policy, 'reward');
  const fundWords = {
    zh: `年度奖励基金${yuanOf(base)}元${topUp > 0 ? `，加罚款${yuanOf(topUp)}元，共${yuanOf(fund)}元` : ''}${!policy.reward.topUpWithFines && fines > 0 ? '（政策不以罚款补充基金）' : ''}`,
    en: `the yearly fund of ${yuanOf(base)} yuan${topUp > 0 ? ` plus ${yuanOf(topUp)} yuan of fines, ${yuanOf(fund)} yuan` : ''}${!policy.reward.topUpWithFines && fines > 0 ? ' (the policy does not top it up with fines)' : ''}`,
  };
  return {
    allowed,
    remainingYuan: yuanOf(remaining),
    reasons: [
      createReason(
        'WAR-REWARD',
        {
          policy: policy.id,
          fundYuan: yuanOf(fund),
          annualFundYuan: yuanOf(base),
          finesYuan: yuanOf(topUp),
          grantedThisYearYuan: yuanOf(granted),
          remainingYuan: yuanOf(remaining),
          amountYuan: yuanOf(amount),
          allowed,
          source: source.source,
        },
        {
          'zh-CN': `${fundWords.zh}，本年已发放${yuanOf(granted)}元，尚余${yuanOf(remaining)}元；本次奖励${yuanOf(amount)}元${allowed ? '在余额以内，可以发放' : '超过余额，不能发放'}（${source['zh-CN']}）`,
          en: `Of ${fundWords.en}, ${yuanOf(granted)} yuan were granted this year and ${yuanOf(remaining)} remain; a reward of ${yuanOf(amount)} yuan ${allowed ? 'fits' : 'exceeds what remains'} (${source.en})`,
        },
      ),
    ],
  };
}
