/** The forms of the outcome workflow; only those the selection's state allows are offered. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { post } from '../api/client.ts';
import { CONCEALMENTS, SUBSTANCES, type SelectionDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';

interface Props {
  readonly selection: SelectionDetail;
  readonly onDone: () => void;
}

function useSubmit(onDone: () => void) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = (path: string, body: unknown) => async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await post(path, body);
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function Box({
  title,
  children,
  error,
}: {
  title: string;
  children: ReactNode;
  error?: string | undefined;
}) {
  return (
    <fieldset className="box">
      <legend>{title}</legend>
      {children}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function OutcomeForms({ selection, onDone }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const { error, busy, run } = useSubmit(onDone);
  const base = `/api/v1/selections/${selection.id}`;
  const version = selection.version;
  const [scanner, setScanner] = useState('');
  const [image, setImage] = useState('');
  const [verdict, setVerdict] = useState<'clear' | 'anomaly'>('clear');
  const [team, setTeam] = useState('');
  const [findings, setFindings] = useState('');
  const [found, setFound] = useState(false);
  const [substance, setSubstance] = useState<string>('cocaine');
  const [gross, setGross] = useState('');
  const [net, setNet] = useState('');
  const [packages, setPackages] = useState('');
  const [concealment, setConcealment] = useState<string>('door-bags');
  const [location, setLocation] = useState('');
  const [evidence, setEvidence] = useState('');
  const [holder, setHolder] = useState('');
  const [custodyAt, setCustodyAt] = useState('');
  const s = selection.state;
  const submitSeizure = async (e: FormEvent) => {
    e.preventDefault();
    const sha256 = await sha256Hex(evidence);
    await run(`${base}/seizure`, {
      version,
      substance,
      grossKg: Number(gross),
      netKg: Number(net),
      packages: Number(packages),
      concealment,
      location,
      evidence: evidence ? [{ sha256, description: evidence }] : [],
    })(e);
  };
  // The image itself stays on the scanner's store; its reference's digest stands in until the
  // scanner integration sends the image's own.
  const submitScan = async (e: FormEvent) => {
    e.preventDefault();
    const imageSha256 = await sha256Hex(image);
    await run(`${base}/scan`, {
      version,
      scannerId: scanner,
      imageRef: image,
      imageSha256,
      verdict,
    })(e);
  };
  return (
    <div className="forms">
      {s === 'selected' && can('scan.record') && (
        <Box title={t('outcomes.scan')} error={error}>
          <form className="inline" onSubmit={(e) => void submitScan(e)}>
            <label>
              {t('outcomes.scanner')}
              <input required value={scanner} onChange={(e) => setScanner(e.target.value)} />
            </label>
            <label>
              {t('outcomes.image')}
              <input required value={image} onChange={(e) => setImage(e.target.value)} />
            </label>
            <label>
              {t('outcomes.verdict')}
              <select
                value={verdict}
                onChange={(e) => setVerdict(e.target.value as 'clear' | 'anomaly')}
              >
                <option value="clear">{t('outcomes.clear')}</option>
                <option value="anomaly">{t('outcomes.anomaly')}</option>
              </select>
            </label>
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {(s === 'selected' || s === 'scanned') && can('inspection.record') && (
        <Box title={t('outcomes.inspection')} error={error}>
          <form
            className="inline"
            onSubmit={(e) => void run(`${base}/inspection`, { version, team, findings, found })(e)}
            data-testid="inspection-form"
          >
            <label>
              {t('outcomes.team')}
              <input required name="team" value={team} onChange={(e) => setTeam(e.target.value)} />
            </label>
            <label className="wide">
              {t('outcomes.findings')}
              <input
                required
                name="findings"
                value={findings}
                onChange={(e) => setFindings(e.target.value)}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                name="found"
                checked={found}
                onChange={(e) => setFound(e.target.checked)}
              />{' '}
              {t('outcomes.found')}
            </label>
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {(s === 'inspected' || s === 'seized') && can('seizure.record') && (
        <Box title={t('outcomes.seizure')} error={error}>
          <form
            className="inline"
            onSubmit={(e) => void submitSeizure(e)}
            data-testid="seizure-form"
          >
            <label>
              {t('outcomes.substance')}
              <select
                name="substance"
                value={substance}
                onChange={(e) => setSubstance(e.target.value)}
              >
                {SUBSTANCES.map((x) => (
                  <option key={x} value={x}>
                    {t(`substance.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('outcomes.grossKg')}
              <input
                required
                name="grossKg"
                type="number"
                min={0}
                step="any"
                value={gross}
                onChange={(e) => setGross(e.target.value)}
              />
            </label>
            <label>
              {t('outcomes.netKg')}
              <input
                required
                name="netKg"
                type="number"
                min={0}
                step="any"
                value={net}
                onChange={(e) => setNet(e.target.value)}
              />
            </label>
            <label>
              {t('outcomes.packages')}
              <input
                required
                name="packages"
                type="number"
                min={0}
                value={packages}
                onChange={(e) => setPackages(e.target.value)}
              />
            </label>
            <label>
              {t('outcomes.concealment')}
              <select
                name="concealment"
                value={concealment}
                onChange={(e) => setConcealment(e.target.value)}
              >
                {CONCEALMENTS.map((x) => (
                  <option key={x} value={x}>
                    {t(`concealment.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('outcomes.location')}
              <input
                required
                name="location"
                value={location}
                onChange={(e) => setLocation(e.target.value)}
              />
            </label>
            <label className="wide">
              {t('outcomes.evidence')}
              <input
                name="evidence"
                value={evidence}
                onChange={(e) => setEvidence(e.target.value)}
              />
            </label>
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {s === 'seized' && can('custody.record') && (
        <Box title={t('outcomes.custodyEntry')} error={error}>
          <form
            className="inline"
            onSubmit={(e) =>
              void run(`${base}/custody`, {
                holder,
                location,
                at: custodyAt ? new Date(custodyAt).toISOString() : new Date().toISOString(),
              })(e)
            }
          >
            <label>
              {t('outcomes.holder')}
              <input required value={holder} onChange={(e) => setHolder(e.target.value)} />
            </label>
            <label>
              {t('outcomes.location')}
              <input required value={location} onChange={(e) => setLocation(e.target.value)} />
            </label>
            <label>
              {t('outcomes.at')}
              <input
                type="datetime-local"
                value={custodyAt}
                onChange={(e) => setCustodyAt(e.target.value)}
              />
            </label>
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {(s === 'scanned' || s === 'inspected') && can('scan.record') && (
        <form onSubmit={(e) => void run(`${base}/release`, { version })(e)}>
          <button type="submit" disabled={busy}>
            {t('outcomes.release')}
          </button>
        </form>
      )}
    </div>
  );
}
