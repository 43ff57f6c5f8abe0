// Stand-in 2: a modern e-application form (React 19): controlled inputs, a custom date picker, a
// two-step wizard (step 2 appears after 次へ) and messages on blur. The page's own state is published on
// window.__spa so tests read what React sees; every submit is recorded in window.__spa.submits.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const submits = [];

function Field({ id, label, value, onChange, check, ...rest }) {
  const [message, setMessage] = useState('');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setMessage(check ? check(value) : '')}
        {...rest}
      />
      {message && (
        <p className="error" role="alert" data-for={id}>
          {message}
        </p>
      )}
    </div>
  );
}

const pad = (n) => String(n).padStart(2, '0');

/** A custom date picker: a text box (YYYY/MM/DD) that parses on blur, plus a calendar popup. */
function DatePicker({ label, value, onChange }) {
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const commit = (t) => {
    const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t.trim());
    if (!m) {
      setMessage(t ? '日付は YYYY/MM/DD の形式で入力してください' : '');
      onChange('');
      return;
    }
    const iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    setMessage('');
    setText(`${m[1]}/${pad(m[2])}/${pad(m[3])}`);
    onChange(iso);
  };
  const days = Array.from({ length: 31 }, (_, i) => i + 1);
  return (
    <div className="field datepicker">
      <span id="dp-label">{label}</span>
      <input
        aria-labelledby="dp-label"
        placeholder="YYYY/MM/DD"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
      />
      <button type="button" aria-label="カレンダーを開く" onClick={() => setOpen(!open)}>
        📅
      </button>
      {open && (
        <div className="calendar">
          {days.map((d) => (
            <button
              type="button"
              key={d}
              onClick={() => {
                commit(`2025/03/${pad(d)}`);
                setOpen(false);
              }}
            >
              {d}
            </button>
          ))}
        </div>
      )}
      {message && <p className="error">{message}</p>}
    </div>
  );
}

function App() {
  const [step, setStep] = useState(1);
  const [s, set] = useState({ number: '', name: '', kana: '', units: '', copay: '', shared: '' });
  const upd = (k) => (v) => set((old) => ({ ...old, [k]: v }));
  useEffect(() => {
    window.__spa = { state: s, step, submits };
  });
  const numberCheck = (v) => (/^\d{10}$/.test(v) ? '' : '受給者証番号は10桁の数字で入力してください');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submits.push({ ...s });
      }}
    >
      <h1>就労定着支援 実績登録（ステップ {step} / 2）</h1>
      {step === 1 ? (
        <>
          <Field
            id="number"
            label="受給者証番号"
            value={s.number}
            onChange={(v) => upd('number')(v.replace(/[^0-9]/g, ''))}
            check={numberCheck}
            inputMode="numeric"
          />
          <Field
            id="name"
            label="氏名"
            value={s.name}
            onChange={upd('name')}
            check={(v) => (v ? '' : '氏名は必須です')}
          />
          <Field
            id="kana"
            label="フリガナ（全角カタカナ）"
            value={s.kana}
            onChange={upd('kana')}
            check={(v) => (/^[ァ-ヶー　 ]+$/.test(v) ? '' : '全角カタカナで入力してください')}
          />
          <button type="button" onClick={() => !numberCheck(s.number) && s.name && setStep(2)}>
            次へ
          </button>
        </>
      ) : (
        <>
          <Field
            id="units"
            label="単位数"
            value={s.units}
            onChange={(v) => upd('units')(v.replace(/[^0-9]/g, ''))}
          />
          <Field id="copay" label="利用者負担額（円）" value={s.copay} onChange={upd('copay')} />
          <DatePicker label="支援レポート共有日" value={s.shared} onChange={upd('shared')} />
          <button type="button" onClick={() => setStep(1)}>
            戻る
          </button>
          <button type="submit">申請する</button>
        </>
      )}
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
