import { getTranslations } from "next-intl/server";
import { UserText } from "@/components/common/user-text";
import type { WorkspaceTitle } from "@/lib/manage/workspace-title";

/**
 * A record's title as the workspace shows it: in the workspace's language, and, when that is a
 * translation, the original under it in smaller type (and on hover), so both stay searchable by eye.
 */
export async function WorkspaceTitleText({ title, isBlock = true }: { title: WorkspaceTitle; isBlock?: boolean }) {
  if (!title.original) return <UserText>{title.title}</UserText>;
  const t = await getTranslations("readerManage");
  const original = t("original", { originalLanguage: t(`language.${title.originalLocale}`), title: title.original });
  return (
    <>
      <span title={original} data-testid="workspace-title">
        <UserText>{title.title}</UserText>
      </span>
      <span
        className={`${isBlock ? "block" : "ml-2"} text-xs font-normal text-slate-600`}
        data-testid="workspace-title-original"
      >
        {original}
      </span>
    </>
  );
}
