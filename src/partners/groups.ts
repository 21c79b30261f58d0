/**
 * Which partners `<ishraqat-partners>` shows and how it groups them (by IATI role or by type).
 * Pure functions over a parsed feed, no DOM.
 */
import { partnerIdsOf } from '../feed/query.js';
import type { Activity, Feed, Partner, PartnerRole, PartnerType } from '../feed/types.js';
import { PARTNER_ROLES, PARTNER_TYPES } from '../feed/vocabulary.js';

/** The partners named by the activities (in feed order), optionally only of some types. */
export function partnersOf(
  feed: Feed,
  activities: readonly Activity[],
  types?: readonly string[],
): Partner[] {
  const partners = partnerIdsOf(feed, activities).map((id) => feed.partners.get(id)!);
  return types?.length ? partners.filter((p) => types.includes(p.type)) : partners;
}

export interface RoleGroup {
  /** The IATI role, or `undefined` for partners the activities name without a role. */
  readonly role: PartnerRole | undefined;
  readonly partners: readonly Partner[];
}

/**
 * `partners` grouped by the IATI roles the activities give them, in the order funding,
 * accountable, extending, implementing, then partners never given a role. A partner with
 * several roles sits in each of their groups; one given a role anywhere is not repeated
 * among the role-less. Empty groups are left out; partners keep the order given.
 */
export function groupPartnersByRole(
  activities: readonly Activity[],
  partners: readonly Partner[],
): RoleGroup[] {
  const roles = new Map<string, Set<PartnerRole>>();
  for (const a of activities) {
    for (const ref of a.partners) {
      if (!ref.role) continue;
      let set = roles.get(ref.id);
      if (!set) roles.set(ref.id, (set = new Set()));
      set.add(ref.role);
    }
  }
  const groups: RoleGroup[] = PARTNER_ROLES.map((role) => ({
    role,
    partners: partners.filter((p) => roles.get(p.id)?.has(role)),
  }));
  groups.push({ role: undefined, partners: partners.filter((p) => !roles.has(p.id)) });
  return groups.filter((g) => g.partners.length > 0);
}

export interface TypeGroup {
  readonly type: PartnerType;
  readonly partners: readonly Partner[];
}

/** `partners` grouped by type, in the order of `PARTNER_TYPES`; empty groups left out. */
export function groupPartnersByType(partners: readonly Partner[]): TypeGroup[] {
  return PARTNER_TYPES.map((type) => ({
    type,
    partners: partners.filter((p) => p.type === type),
  })).filter((g) => g.partners.length > 0);
}
