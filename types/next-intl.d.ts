// Typed message keys: `t("nav.desk.inbox")` compiles only if the key is in the catalogue
// (lib/i18n/messages), and its ICU arguments are checked against the Hindi message.
import type { Messages } from "@/lib/i18n/messages";

declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
