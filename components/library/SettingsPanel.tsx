import { useEffect, useState } from 'preact/hooks';
import { parseHost, type Settings } from '@/utils/storage/settings';
import { useT } from '@/components/i18n';

/** Automatic mode and its sites, remember-what-I-read with excluded sites, highlights on/off. */
export interface SettingsPanelProps {
  settings: Settings;
  /** Called from the click itself: automatic mode may need to ask for permission (a user gesture). */
  onChange: (patch: Partial<Settings>) => void;
  /** A message about the last change (a refused permission), if any. */
  note: string | null;
}

function hostsFrom(text: string): { hosts: string[]; bad: string[] } {
  const hosts: string[] = [];
  const bad: string[] = [];
  for (const line of text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean)) {
    const host = parseHost(line);
    if (host) hosts.push(host);
    else bad.push(line);
  }
  return { hosts, bad };
}

function SiteList(props: { id: string; label: string; help: string; sites: string[]; onSave: (hosts: string[]) => void; testid: string }) {
  const t = useT();
  const [text, setText] = useState(props.sites.join('\n'));
  useEffect(() => setText(props.sites.join('\n')), [props.sites.join('\n')]);
  const { hosts, bad } = hostsFrom(text);
  const changed = hosts.join('\n') !== props.sites.join('\n');
  return (
    <div class="site-list">
      <label for={props.id}>{props.label}</label>
      <p class="muted" id={`${props.id}-help`}>{props.help}</p>
      <textarea id={props.id} rows={3} aria-describedby={`${props.id}-help`} value={text} data-testid={props.testid} onInput={(e) => setText(e.currentTarget.value)} />
      {bad.length > 0 && <p class="error" role="alert">{t('notASiteAddress', bad.join(', '))}</p>}
      <button type="button" disabled={!changed || bad.length > 0} onClick={() => props.onSave(hosts)}>
        {t('saveSites')}
      </button>
    </div>
  );
}

export function SettingsPanel({ settings, onChange, note }: SettingsPanelProps) {
  const t = useT();
  return (
    <section class="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <div class="setting">
        <label>
          <input type="checkbox" checked={settings.highlights} data-testid="setting-highlights" onChange={(e) => onChange({ highlights: e.currentTarget.checked })} />
          {t('settingHighlights')}
        </label>
      </div>
      <div class="setting">
        <label>
          <input type="checkbox" checked={settings.automatic} data-testid="setting-automatic" onChange={(e) => onChange({ automatic: e.currentTarget.checked })} />
          {t('settingAutomatic')}
        </label>
        <p class="muted">{t('settingAutomaticHelp')}</p>
        <SiteList
          id="auto-sites"
          label={t('autoSitesLabel')}
          help={t('autoSitesHelp')}
          sites={settings.sites}
          testid="setting-sites"
          onSave={(sites) => onChange({ sites })}
        />
      </div>
      <div class="setting">
        <label>
          <input type="checkbox" checked={settings.rememberRead} disabled={!settings.automatic} data-testid="setting-remember" onChange={(e) => onChange({ rememberRead: e.currentTarget.checked })} />
          {t('settingRemember')}
        </label>
        <SiteList
          id="excluded-sites"
          label={t('excludedSitesLabel')}
          help={t('excludedSitesHelp')}
          sites={settings.excludedSites}
          testid="setting-excluded"
          onSave={(excludedSites) => onChange({ excludedSites })}
        />
      </div>
      {note && <p role="alert" class="error">{note}</p>}
    </section>
  );
}
