// Per-rule settings from the config file (`[rules]`): "off" drops a finding, a severity replaces the default.
import type { Finding } from "../findings";
import type { Settings } from "../settings";

export function applyRuleSettings(findings: Finding[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = settings.rules[finding.rule];
    if (setting === "off") continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out;
}
