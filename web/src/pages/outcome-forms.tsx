/** The forms of the outcome workflow; only those the selection's state allows are offered. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, post } from '../api/client.ts';
import { CONCEALMENTS, SUBSTANCES, type SelectionDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { offeredSteps } from '../lib/outcome-steps.ts';
import { useSession } from '../lib/session.tsx';
import { ChoiceField, TextField } from '../components/field.tsx';

interface Props {
  readonly selection: SelectionDetail;
  readonly onDone: () => void;
}

const STALE = 'stale';

/** Sends one form's step; its error is shown in that form only. Resolves whether it was recorded. */
function useSubmit(onDone: () => void) {
  const [failed, setFailed] = useState<{ readonly form: string; readonly message: string }>();
  const [busy, setBusy] = useState(false);
  const run = async (form: string, path: string, body: unknown): Promise<boolean> => {
    setBusy(true);
    setFailed(undefined);
    try {
      await post(path, body);
      onDone();
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // Someone recorded a step since this page read the selection: show what it is now, and
      // say why above the forms (the form sent may no longer be offered).
      const stale = err instanceof ApiError && err.status === 409;
      setFailed({ form: stale ? STALE : form, message });
      if (stale) onDone();
      return false;
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (form: string) => (failed?.form === form ? failed.message : undefined);
  return { errorOf, busy, run };
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
  const { errorOf, busy, run } = useSubmit(onDone);
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
  const [waiverReason, setWaiverReason] = useState('');
  const offered = offeredSteps(selection, can);
  const submit = (e: FormEvent, form: string, body: unknown) => {
    e.preventDefault();
    return run(form, `${base}/${form}`, body);
  };
  // A recorded seizure empties its figures, so a second click cannot record the same one twice.
  const submitSeizure = async (e: FormEvent) => {
    e.preventDefault();
    const sha256 = await sha256Hex(evidence);
    const done = await run('seizure', `${base}/seizure`, {
      version,
      substance,
      grossKg: Number(gross),
      netKg: Number(net),
      packages: Number(packages),
      concealment,
      location,
      evidence: evidence ? [{ sha256, description: evidence }] : [],
    });
    if (!done) return;
    setGross('');
    setNet('');
    setPackages('');
    setEvidence('');
  };
  // The image itself stays on the scanner's store; its reference's digest stands in until the
  // scanner integration sends the image's own.
  const submitScan = async (e: FormEvent) => {
    e.preventDefault();
    const imageSha256 = await sha256Hex(image);
    await run('scan', `${base}/scan`, {
      version,
      scannerId: scanner,
      imageRef: image,
      imageSha256,
      verdict,
    });
  };
  const kg = { required: true, type: 'number', min: 0, step: 'any' } as const;
  return (
    <div className="forms">
      {errorOf(STALE) && (
        <p className="error" role="alert" data-testid="stale">
          {t('outcomes.stale')} ({errorOf(STALE)})
        </p>
      )}
      {offered.has('waive') && (
        <Box title={t('outcomes.waiver')} error={errorOf('waive')}>
          <form
            className="inline"
            onSubmit={(e) =>
              void submit(e, 'waive', { version, reason: waiverReason.trim() }).then(
                (done) => done && setWaiverReason(''),
              )
            }
            data-testid="waiver-form"
          >
            <TextField
              label={t('outcomes.waiverReason')}
              className="wide"
              required
              maxLength={2000}
              name="reason"
              value={waiverReason}
              onChange={setWaiverReason}
            />
            <button type="submit" disabled={busy || !waiverReason.trim()}>
              {t('outcomes.waive')}
            </button>
          </form>
        </Box>
      )}
      {offered.has('scan') && (
        <Box title={t('outcomes.scan')} error={errorOf('scan')}>
          <form className="inline" onSubmit={(e) => void submitScan(e)}>
            <TextField
              label={t('outcomes.scanner')}
              required
              value={scanner}
              onChange={setScanner}
            />
            <TextField label={t('outcomes.image')} required value={image} onChange={setImage} />
            <ChoiceField
              label={t('outcomes.verdict')}
              value={verdict}
              onChange={(v) => setVerdict(v as 'clear' | 'anomaly')}
              options={[
                ['clear', t('outcomes.clear')],
                ['anomaly', t('outcomes.anomaly')],
              ]}
            />
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {offered.has('inspect') && (
        <Box title={t('outcomes.inspection')} error={errorOf('inspection')}>
          <form
            className="inline"
            onSubmit={(e) => void submit(e, 'inspection', { version, team, findings, found })}
            data-testid="inspection-form"
          >
            <TextField
              label={t('outcomes.team')}
              required
              name="team"
              value={team}
              onChange={setTeam}
            />
            <TextField
              label={t('outcomes.findings')}
              className="wide"
              required
              name="findings"
              value={findings}
              onChange={setFindings}
            />
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
      {offered.has('seize') && (
        <Box title={t('outcomes.seizure')} error={errorOf('seizure')}>
          <form
            className="inline"
            onSubmit={(e) => void submitSeizure(e)}
            data-testid="seizure-form"
          >
            <ChoiceField
              label={t('outcomes.substance')}
              name="substance"
              value={substance}
              onChange={setSubstance}
              options={SUBSTANCES.map((x) => [x, t(`substance.${x}`)] as const)}
            />
            <TextField
              label={t('outcomes.grossKg')}
              {...kg}
              name="grossKg"
              value={gross}
              onChange={setGross}
            />
            <TextField
              label={t('outcomes.netKg')}
              {...kg}
              name="netKg"
              value={net}
              onChange={setNet}
            />
            <TextField
              label={t('outcomes.packages')}
              {...kg}
              step={1}
              name="packages"
              value={packages}
              onChange={setPackages}
            />
            <ChoiceField
              label={t('outcomes.concealment')}
              name="concealment"
              value={concealment}
              onChange={setConcealment}
              options={CONCEALMENTS.map((x) => [x, t(`concealment.${x}`)] as const)}
            />
            <TextField
              label={t('outcomes.location')}
              required
              name="location"
              value={location}
              onChange={setLocation}
            />
            <TextField
              label={t('outcomes.evidence')}
              className="wide"
              name="evidence"
              value={evidence}
              onChange={setEvidence}
            />
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {offered.has('custody') && (
        <Box title={t('outcomes.custodyEntry')} error={errorOf('custody')}>
          <form
            className="inline"
            onSubmit={(e) =>
              void submit(e, 'custody', {
                holder,
                location,
                at: custodyAt ? new Date(custodyAt).toISOString() : new Date().toISOString(),
              }).then((done) => {
                if (!done) return;
                setHolder('');
                setCustodyAt('');
              })
            }
            data-testid="custody-form"
          >
            <TextField label={t('outcomes.holder')} required value={holder} onChange={setHolder} />
            <TextField
              label={t('outcomes.location')}
              required
              value={location}
              onChange={setLocation}
            />
            <TextField
              label={t('outcomes.at')}
              type="datetime-local"
              value={custodyAt}
              onChange={setCustodyAt}
            />
            <button type="submit" disabled={busy}>
              {t('outcomes.record')}
            </button>
          </form>
        </Box>
      )}
      {offered.has('release') && (
        <form onSubmit={(e) => void submit(e, 'release', { version })}>
          <button type="submit" disabled={busy} data-testid="release-selection">
            {t('outcomes.release')}
          </button>
          {errorOf('release') && (
            <p className="error" role="alert">
              {errorOf('release')}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
