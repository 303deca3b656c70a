/** The org tree as the supervisor rule needs it: each unit's parent and the active head of each unit. */
export type OrgSnapshot = {
  parentOf: ReadonlyMap<string, string | null>;
  /** unit id → employee id holding the unit's head position (Camat, Lurah, Kasi…). */
  headOf: ReadonlyMap<string, string>;
};

/**
 * Default direct supervisor, derived from the org tree (SPEC §1: "atasan" is derived, not a flag): the head
 * of the person's own unit, or — for a head — the nearest head above. Null at the top of the tree.
 */
export function defaultSupervisor(
  org: OrgSnapshot,
  unitId: string,
  isHead: boolean,
  selfId?: string,
): string | null {
  let unit: string | null = isHead ? (org.parentOf.get(unitId) ?? null) : unitId;
  // The depth guard only matters if the unit table were ever corrupted into a cycle.
  for (let depth = 0; unit && depth < 64; depth++) {
    const head = org.headOf.get(unit);
    if (head && head !== selfId) return head;
    unit = org.parentOf.get(unit) ?? null;
  }
  return null;
}
