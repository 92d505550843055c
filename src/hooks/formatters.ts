import { useMemo } from 'react';
import { formatDate, type DateStyle } from '../format/dates';
import { formatMoney, type FormatMoneyOptions, type MoneyLike } from '../format/money';
import { useRevampd } from '../provider/RevampdProvider';

/** Formatters bound to the provider's locale and time zone. */
export interface Formatters {
  /** Integer minor units → localized money, e.g. `$0.01`, `¥500`, `KWD 5.125`. */
  money: (money: MoneyLike, options?: FormatMoneyOptions) => string;
  /** An instant in the org's time zone; `—` for anything unparseable. */
  date: (instant: string | Date, style?: DateStyle) => string;
}

/** Money and date formatters in the provider's locale and time zone. */
export function useFormatters(): Formatters {
  const { locale, timeZone } = useRevampd();
  return useMemo(
    () => ({
      money: (money, options) => formatMoney(money, locale, options),
      date: (instant, style) => formatDate(instant, locale, timeZone, style),
    }),
    [locale, timeZone],
  );
}
