// Every write records who made it, in the same transaction as the write itself.
import type { AuditAction } from "./audit-actions";
import type { Tx } from "./db";
import type { Prisma } from "./generated/prisma/client";

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const asJson = (v: unknown) =>
  v === undefined || v === null
    ? undefined
    : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);

export async function recordAudit(tx: Tx, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: asJson(e.before),
      after: asJson(e.after),
    },
  });
}

/**
 * How a history panel reads audit events: newest first (events of one transaction share its time;
 * ids, cuids, keep the order they were written in), with what the panel shows of each.
 */
export const HISTORY_READ = {
  orderBy: [{ createdAt: "desc" }, { id: "desc" }] as Prisma.AuditEventOrderByWithRelationInput[],
  select: {
    id: true,
    action: true,
    createdAt: true,
    before: true,
    after: true,
    actor: { select: { name: true } },
  },
} satisfies Prisma.AuditEventFindManyArgs;
