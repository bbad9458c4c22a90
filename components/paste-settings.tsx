// The side panel's settings: whether pasting newspaper text into a web page's
// field offers to clean it, and the sites where it does not. Stored with WXT
// storage (lib/paste/settings-item.ts); the content script reads the same
// record before it shows a prompt, so a change applies to the next paste.
import { useEffect, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { pastePromptSetting } from '@/lib/paste/settings-item';
import { toPasteSettings, toSite, withSiteDisabled, type PastePromptSettings } from '@/lib/paste';
import './paste-settings.css';

export function PasteSettings() {
  // undefined until read: the controls are not shown with a guess.
  const [settings, setSettings] = useState<PastePromptSettings>();
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void pastePromptSetting.getValue().then((value) => live && setSettings(toPasteSettings(value)));
    // A site turned off from a page's prompt shows up here at once.
    const unwatch = pastePromptSetting.watch((value) => setSettings(toPasteSettings(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = (next: PastePromptSettings) => {
    setSettings(next);
    pastePromptSetting.setValue(next).catch((err: unknown) => setError(t('errorGeneric', { message: String(err) })));
  };

  const addSite = (event: FormEvent) => {
    event.preventDefault();
    if (!settings || !site.trim()) return;
    const host = toSite(site);
    if (!host) return setError(t('pastePromptSiteInvalid', { text: site.trim() }));
    setError(null);
    setSite('');
    save(withSiteDisabled(settings, host, true));
  };

  return (
    <details className="paste-settings" data-testid="paste-settings">
      <summary className="paste-settings__summary">{t('settingsTitle')}</summary>
      {settings && (
        <div className="paste-settings__body">
          <label className="paste-settings__toggle">
            <input
              type="checkbox"
              data-testid="paste-prompt-enabled"
              checked={settings.enabled}
              onChange={(e) => save({ ...settings, enabled: e.target.checked })}
            />
            {t('pastePromptEnabled')}
          </label>
          <fieldset className="paste-settings__sites" disabled={!settings.enabled}>
            <legend>{t('pastePromptSites')}</legend>
            {settings.disabledSites.length === 0 ? (
              <p className="paste-settings__none">{t('pastePromptNoSites')}</p>
            ) : (
              <ul className="paste-settings__list" data-testid="paste-prompt-sites">
                {settings.disabledSites.map((host) => (
                  <li key={host}>
                    <span>{host}</span>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('pastePromptSiteRemove', { site: host })}
                      title={t('pastePromptSiteRemove', { site: host })}
                      onClick={() => save(withSiteDisabled(settings, host, false))}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form className="paste-settings__add" onSubmit={addSite}>
              <input
                type="text"
                data-testid="paste-prompt-site"
                aria-label={t('pastePromptSiteInput')}
                placeholder={t('pastePromptSiteInput')}
                value={site}
                onChange={(e) => setSite(e.target.value)}
              />
              <button type="submit" className="button button--small" data-testid="paste-prompt-site-add">
                {t('pastePromptSiteAdd')}
              </button>
            </form>
          </fieldset>
          {error && (
            <p className="paste-settings__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </details>
  );
}
