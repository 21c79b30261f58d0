/**
 * Names of ISO 3166-2 regions known in every shipped UI language: Iraq's governorates.
 * Other codes are shown as written. Call inside `withLocale`.
 */
import { msg } from './localize.js';

const NAMES: Record<string, () => string> = {
  'IQ-AN': () => msg('Anbar', { id: 'region.IQ-AN', desc: 'Iraqi governorate' }),
  'IQ-AR': () => msg('Erbil', { id: 'region.IQ-AR', desc: 'Iraqi governorate' }),
  'IQ-BA': () => msg('Basra', { id: 'region.IQ-BA', desc: 'Iraqi governorate' }),
  'IQ-BB': () => msg('Babil', { id: 'region.IQ-BB', desc: 'Iraqi governorate' }),
  'IQ-BG': () => msg('Baghdad', { id: 'region.IQ-BG', desc: 'Iraqi governorate' }),
  'IQ-DA': () => msg('Duhok', { id: 'region.IQ-DA', desc: 'Iraqi governorate' }),
  'IQ-DI': () => msg('Diyala', { id: 'region.IQ-DI', desc: 'Iraqi governorate' }),
  'IQ-DQ': () => msg('Dhi Qar', { id: 'region.IQ-DQ', desc: 'Iraqi governorate' }),
  'IQ-HA': () => msg('Halabja', { id: 'region.IQ-HA', desc: 'Iraqi governorate' }),
  'IQ-KA': () => msg('Karbala', { id: 'region.IQ-KA', desc: 'Iraqi governorate' }),
  'IQ-KI': () => msg('Kirkuk', { id: 'region.IQ-KI', desc: 'Iraqi governorate' }),
  'IQ-MA': () => msg('Maysan', { id: 'region.IQ-MA', desc: 'Iraqi governorate' }),
  'IQ-MU': () => msg('Al-Muthanna', { id: 'region.IQ-MU', desc: 'Iraqi governorate' }),
  'IQ-NA': () => msg('Najaf', { id: 'region.IQ-NA', desc: 'Iraqi governorate' }),
  'IQ-NI': () => msg('Nineveh', { id: 'region.IQ-NI', desc: 'Iraqi governorate' }),
  'IQ-QA': () => msg('Al-Qadisiyah', { id: 'region.IQ-QA', desc: 'Iraqi governorate' }),
  'IQ-SD': () => msg('Salah al-Din', { id: 'region.IQ-SD', desc: 'Iraqi governorate' }),
  'IQ-SU': () => msg('Sulaymaniyah', { id: 'region.IQ-SU', desc: 'Iraqi governorate' }),
  'IQ-WA': () => msg('Wasit', { id: 'region.IQ-WA', desc: 'Iraqi governorate' }),
};

/** The localized name of a region code, or undefined when it is not a known code. */
export function regionName(code: string): string | undefined {
  return NAMES[code.toUpperCase()]?.();
}
