// One table that becomes a stack of cards on narrow screens: a single copy of each value keeps the page
// simple for screen readers and browser tests alike.
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/accounts";
import { cn } from "@/lib/utils";
import { AccountActions, type AccountActionsProps } from "./account-actions";

type AccountRow = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  entryCount: number;
  createdAt: Date;
  disabledAt: Date | null;
};

type Actions = Omit<AccountActionsProps, "account">;

// The inline label stands in for the column header, which is hidden while rows are cards.
function Cell({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <td className={cn("flex justify-between gap-4 py-1 sm:table-cell sm:px-4 sm:py-3", className)}>
      <span className="text-muted sm:hidden">{label}</span>
      <span className="min-w-0 text-right sm:text-left">{children}</span>
    </td>
  );
}

export function AccountList({
  accounts,
  selfId,
  timeZone,
  actions,
}: {
  accounts: AccountRow[];
  selfId: string;
  timeZone: string;
  actions: Actions;
}) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const created = (at: Date) => format.dateTime(at, { timeZone, day: "numeric", month: "short", year: "numeric" });
  return (
    <div className="sm:overflow-x-auto sm:rounded-lg sm:border sm:border-line sm:bg-card">
      <table className="block w-full text-sm sm:table" data-testid="account-list">
        <thead className="hidden text-left text-muted sm:table-header-group">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.email")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.role")}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {t("columns.entries")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.created")}
            </th>
          </tr>
        </thead>
        {/* One row group per account: its details, then what the admin can do to it, in a row of its own so the
            columns keep their room. On narrow screens the group is the card. */}
        {accounts.map((account) => (
          <tbody
            key={account.id}
            className="mt-3 block rounded-lg border border-line bg-card p-4 first-of-type:mt-0 sm:table-row-group sm:rounded-none sm:border-0 sm:border-t sm:p-0"
          >
            <tr className="block sm:table-row">
              <td className="block pb-2 font-medium [overflow-wrap:anywhere] sm:table-cell sm:px-4 sm:py-3">
                {account.email}
                {account.id === selfId && <span className="ml-2 text-xs font-normal text-muted">{t("you")}</span>}
              </td>
              <Cell label={t("columns.name")}>{account.name || <span className="text-muted">—</span>}</Cell>
              <Cell label={t("columns.role")}>
                <span
                  className={account.role === "admin" ? "rounded-full bg-accent-soft px-2 py-0.5 text-xs" : undefined}
                >
                  {t(`roles.${account.role}`)}
                </span>
                {account.disabledAt && (
                  <span className="ml-2 rounded-full bg-danger-soft px-2 py-0.5 text-xs text-danger">
                    {t("disabled")}
                  </span>
                )}
              </Cell>
              <Cell label={t("columns.entries")} className="tabular-nums sm:text-right">
                {account.entryCount}
              </Cell>
              <Cell label={t("columns.created")} className="whitespace-nowrap">
                <time dateTime={account.createdAt.toISOString()}>{created(account.createdAt)}</time>
              </Cell>
            </tr>
            <tr className="block sm:table-row">
              <td colSpan={5} className="block pt-3 sm:table-cell sm:px-4 sm:pt-0 sm:pb-3">
                {account.id === selfId ? (
                  <span className="text-xs text-muted">{t("ownAccount")}</span>
                ) : (
                  <AccountActions account={{ ...account, disabled: account.disabledAt !== null }} {...actions} />
                )}
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
