import { useT } from '@/components/i18n';

/** The popup's and the panel's last line: the way to the library page. */
export function OpenLibraryFooter({ onOpen }: { onOpen: () => void }) {
  const t = useT();
  return (
    <footer class="popup-footer">
      <button type="button" class="link-button" data-testid="open-library" onClick={onOpen}>
        {t('openLibrary')}
      </button>
    </footer>
  );
}
