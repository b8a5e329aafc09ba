import { SUPPORTED_CURRENCIES, type TOffering } from '@ladder/domain';
import { formatDuration } from '@/lib/format';
import { formatPriceInput, parsePriceInput } from './price';

export const OFFERING_FIELDS = [
  'title',
  'description',
  'durationMinutes',
  'priceAmount',
  'currency',
  'bufferBeforeMinutes',
  'bufferAfterMinutes',
  'minimumNoticeMinutes',
  'active',
] as const;

export const OFFERING_LABELS: Record<(typeof OFFERING_FIELDS)[number], string> = {
  title: 'Title',
  description: 'Description',
  durationMinutes: 'Length',
  priceAmount: 'Price',
  currency: 'Currency',
  bufferBeforeMinutes: 'Buffer before',
  bufferAfterMinutes: 'Buffer after',
  minimumNoticeMinutes: 'Minimum notice',
  active: 'Bookable',
};

export type TChoice = { value: string; label: string };

function withCurrent(
  choices: TChoice[],
  current: number | undefined,
  label: (n: number) => string,
): TChoice[] {
  if (current === undefined || choices.some((c) => c.value === String(current))) return choices;
  return [...choices, { value: String(current), label: label(current) }].sort(
    (a, b) => Number(a.value) - Number(b.value),
  );
}

export function durationChoices(current?: number): TChoice[] {
  const base = [15, 20, 30, 45, 50, 60, 75, 90, 120, 150, 180, 240].map((m) => ({
    value: String(m),
    label: formatDuration(m),
  }));
  return withCurrent(base, current, formatDuration);
}

export function bufferChoices(current?: number): TChoice[] {
  const base = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120].map((m) => ({
    value: String(m),
    label: m === 0 ? 'None' : formatDuration(m),
  }));
  return withCurrent(base, current, formatDuration);
}

/** "2 h", "1 day", "3 days" — how far ahead a session must be booked. */
export function noticeLabel(minutes: number): string {
  if (minutes === 0) return 'None — bookable right up to the start';
  if (minutes % (60 * 24) === 0) {
    const days = minutes / (60 * 24);
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  return formatDuration(minutes);
}

export function noticeChoices(current?: number): TChoice[] {
  const base = [0, 60, 120, 240, 720, 1440, 2880, 4320, 10080].map((m) => ({
    value: String(m),
    label: noticeLabel(m),
  }));
  return withCurrent(base, current, noticeLabel);
}

export const CURRENCY_CHOICES: TChoice[] = SUPPORTED_CURRENCIES.map((c) => ({ value: c, label: c }));

export type TOfferingValues = {
  title: string;
  description: string;
  durationMinutes: string;
  price: string;
  currency: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeMinutes: string;
  active: boolean;
};

export function newOfferingValues(currency = 'USD'): TOfferingValues {
  return {
    title: '',
    description: '',
    durationMinutes: '60',
    price: '',
    currency,
    bufferBeforeMinutes: '0',
    bufferAfterMinutes: '10',
    minimumNoticeMinutes: '720',
    active: true,
  };
}

export function offeringValuesOf(o: TOffering): TOfferingValues {
  return {
    title: o.title,
    description: o.description ?? '',
    durationMinutes: String(o.durationMinutes),
    price: formatPriceInput(o.priceAmount, o.currency),
    currency: o.currency,
    bufferBeforeMinutes: String(o.bufferBeforeMinutes),
    bufferAfterMinutes: String(o.bufferAfterMinutes),
    minimumNoticeMinutes: String(o.minimumNoticeMinutes),
    active: o.active,
  };
}

/**
 * The API body for the form's values, or the field errors found before the schema runs (an
 * unreadable price). Editing sends an empty description as `null`, which clears it.
 */
export function offeringBody(
  values: TOfferingValues,
  mode: 'create' | 'edit',
): { ok: true; body: Record<string, unknown> } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (!values.title.trim()) fields.title = 'Give this session a title';
  const price = parsePriceInput(values.price, values.currency);
  if (!price.ok) fields.priceAmount = price.message;
  if (Object.keys(fields).length > 0 || !price.ok) return { ok: false, fields };
  const description = values.description.trim();
  const body: Record<string, unknown> = {
    title: values.title.trim(),
    durationMinutes: Number(values.durationMinutes),
    priceAmount: price.amount,
    currency: values.currency,
    bufferBeforeMinutes: Number(values.bufferBeforeMinutes),
    bufferAfterMinutes: Number(values.bufferAfterMinutes),
    minimumNoticeMinutes: Number(values.minimumNoticeMinutes),
    active: values.active,
  };
  if (description) body.description = description;
  else if (mode === 'edit') body.description = null;
  return { ok: true, body };
}

/** One line under an offering: "10 min buffer after · book at least 12 h ahead". */
export function offeringRules(
  o: Pick<TOffering, 'bufferBeforeMinutes' | 'bufferAfterMinutes' | 'minimumNoticeMinutes'>,
): string {
  const parts: string[] = [];
  if (o.bufferBeforeMinutes > 0) parts.push(`${formatDuration(o.bufferBeforeMinutes)} free before`);
  if (o.bufferAfterMinutes > 0) parts.push(`${formatDuration(o.bufferAfterMinutes)} free after`);
  parts.push(
    o.minimumNoticeMinutes > 0
      ? `booked at least ${noticeLabel(o.minimumNoticeMinutes)} ahead`
      : 'no minimum notice',
  );
  return parts.join(' · ');
}
