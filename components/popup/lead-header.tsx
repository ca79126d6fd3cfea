import { safeProfileUrl } from '@/model';

interface Props {
  name: string;
  handle: string;
  headline: string;
  platform: string;
  profileUrl: string;
  onBack: () => void;
}

/**
 * Who the lead is. Names and headlines come from other people's profiles: React renders them as
 * text, and `unicode-bidi: isolate` (popup.css) keeps an RTL override inside its own box.
 */
export function LeadHeader({ name, handle, headline, platform, profileUrl, onBack }: Props) {
  const safeUrl = safeProfileUrl(profileUrl) ?? undefined;
  return (
    <header className="lead-head">
      <button type="button" className="back" onClick={onBack} aria-label="Back to the lists (Escape)">
        ←
      </button>
      <div className="lead-who">
        <h2 className="name" data-testid="lead-name">
          {name}
        </h2>
        <div className="sub">
          <span className="handle">{handle}</span> ·{' '}
          {safeUrl ? (
            <a href={safeUrl} target="_blank" rel="noreferrer noopener">
              {platform} profile
            </a>
          ) : (
            platform
          )}
        </div>
        {headline && <p className="headline">{headline}</p>}
      </div>
    </header>
  );
}
