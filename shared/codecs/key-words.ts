/**
 * The key words of domain §2, as data: what a free-text 方法 / 相手 / 場所 cell means is read from
 * the key words it contains (after NFKC, without spaces, Latin lower-cased), not from an exact list.
 * A later issue or an office extends a vocabulary by adding a row here (or, for one office, by
 * teaching whole words in the mapping file's `words`). Each row says why the key means what it does.
 *
 * The order inside a list does not matter: every key found in a cell is collected, then the
 * precedence of vocab.ts decides (METHOD_STRENGTH, PARTY_PRECEDENCE).
 */

/**
 * What a method key word says. 'meeting' is a meeting word that does not say how (面談): in person
 * unless the cell names a medium. 'cancel' and 'voice' are details that take the face-to-face
 * contact away (domain §2).
 */
export type MethodKey =
  | 'face'
  | 'video'
  | 'phone'
  | 'mail'
  | 'other-remote'
  | 'other'
  | 'meeting'
  | 'cancel'
  | 'voice';
export type PartyKey = 'client' | 'employer' | 'family' | 'agency';
export type PlaceKey = 'employer' | 'office';

export interface KeyWordTable {
  readonly method: readonly (readonly [key: string, means: MethodKey])[];
  readonly party: readonly (readonly [key: string, means: PartyKey])[];
  readonly place: readonly (readonly [key: string, means: PlaceKey])[];
}

export const KEY_WORDS: KeyWordTable = {
  method: [
    ['来所', 'face'], // the client came to the office
    ['訪問', 'face'], // a visit (職場訪問, 家庭訪問, 自宅訪問): in person
    ['同行', 'face'], // accompanying the client (同行支援): in person
    ['対面', 'face'], // says "face to face" itself
    ['面会', 'face'], // a visit to meet someone
    ['面談', 'meeting'], // a meeting; in person unless a medium is named (Zoom面談, 電話面談)
    ['面接', 'meeting'], // as 面談 (the form's word for a meeting)
    ['オンライン', 'video'], // online meeting: a video call in offices' use
    ['online', 'video'], // as オンライン
    ['リモート', 'video'], // remote meeting: a video call in offices' use
    ['ビデオ', 'video'], // video call (ビデオ通話, LINEビデオ)
    ['テレビ電話', 'video'], // the regulation's own word (テレビ電話装置等)
    ['テレビ会議', 'video'], // video conference
    ['web会議', 'video'], // web conference: video
    ['web面談', 'video'], // web meeting: video
    ['zoom', 'video'], // video meeting tool
    ['teams', 'video'], // video meeting tool (Microsoft Teams)
    ['meet', 'video'], // video meeting tool (Google Meet)
    ['webex', 'video'], // video meeting tool
    ['skype', 'video'], // video meeting tool
    ['facetime', 'video'], // video call tool
    ['電話', 'phone'], // telephone (テレビ電話 is longer and video: the strongest wins)
    ['tel', 'phone'], // telephone
    ['架電', 'phone'], // a call made by the office
    ['着電', 'phone'], // a call received
    ['通話', 'phone'], // a voice call (ビデオ通話 also holds ビデオ: the strongest wins)
    ['メール', 'mail'], // e-mail (ﾒｰﾙ becomes メール by NFKC)
    ['mail', 'mail'], // e-mail, email, gmail
    ['line', 'other-remote'], // the LINE chat app; its video call also names ビデオ
    ['ライン', 'other-remote'], // LINE in katakana (オンライン holds it too, and is video: the strongest wins)
    ['チャット', 'other-remote'], // chat message
    ['sms', 'other-remote'], // text message
    ['fax', 'other-remote'], // fax
    ['ファックス', 'other-remote'], // fax
    ['ファクス', 'other-remote'], // fax
    ['手紙', 'other-remote'], // letter
    ['郵送', 'other-remote'], // post
    ['文書', 'other-remote'], // a document sent
    ['その他', 'other'], // the form's その他 (its detail may name a method)
    ['中止', 'cancel'], // the meeting was called off
    ['キャンセル', 'cancel'], // cancelled
    ['cancel', 'cancel'], // cancelled
    ['延期', 'cancel'], // postponed: it did not happen that day
    ['不在', 'cancel'], // nobody was there
    ['欠席', 'cancel'], // the client did not come
    ['取消', 'cancel'], // cancelled
    ['取り消し', 'cancel'], // cancelled
    ['取りやめ', 'cancel'], // called off
    ['音声のみ', 'voice'], // voice only: not a video call
    ['電話で', 'voice'], // "by phone": a 面談 held on the phone
  ],
  party: [
    ['本人', 'client'], // the client
    ['利用者', 'client'], // the client
    ['対象者', 'client'], // the client (the form's word)
    ['事業主', 'employer'], // the employer (雇用事業主)
    ['企業', 'employer'], // the company
    ['会社', 'employer'], // the company
    ['勤務先', 'employer'], // the workplace
    ['職場', 'employer'], // the workplace
    ['雇用先', 'employer'], // the employer
    ['就職先', 'employer'], // the employer
    ['上司', 'employer'], // the client's superior speaks for the employer
    ['上長', 'employer'], // as 上司
    ['店長', 'employer'], // a shop manager
    ['課長', 'employer'], // a section manager
    ['部長', 'employer'], // a department manager
    ['係長', 'employer'], // a team leader
    ['社長', 'employer'], // the company head
    ['人事', 'employer'], // the HR department or person
    ['総務', 'employer'], // general affairs (often handles disabled employees)
    ['担当者', 'employer'], // the company's 担当者 (an agency's 担当者 names the agency, which wins)
    ['家族', 'family'], // family: not the client (domain §2)
    ['保護者', 'family'], // guardian
    ['母', 'family'], // mother (母親, 実母, 祖母)
    ['父', 'family'], // father (祖父, 義父)
    ['両親', 'family'], // parents
    ['配偶者', 'family'], // spouse
    ['妻', 'family'], // wife
    ['夫', 'family'], // husband
    ['兄', 'family'], // brother
    ['姉', 'family'], // sister
    ['弟', 'family'], // brother
    ['妹', 'family'], // sister
    ['関係機関', 'agency'], // other agencies
    ['医療', 'agency'], // medical institution
    ['病院', 'agency'], // hospital
    ['クリニック', 'agency'], // clinic
    ['医師', 'agency'], // doctor
    ['主治医', 'agency'], // the client's doctor
    ['ドクター', 'agency'], // doctor
    ['相談支援', 'agency'], // the 相談支援 office or its 専門員
    ['ハローワーク', 'agency'], // the job centre
    ['職安', 'agency'], // the job centre (old name)
    ['就業・生活支援センター', 'agency'], // one name: its ・ does not separate two parties
    ['支援センター', 'agency'], // 就業・生活支援センター, 就労支援センター
    ['なかぽつ', 'agency'], // nickname of 障害者就業・生活支援センター
    ['ナカポツ', 'agency'], // as なかぽつ
    ['職業センター', 'agency'], // 地域障害者職業センター
    ['役所', 'agency'], // the municipality (市役所, 区役所)
    ['福祉課', 'agency'], // the municipality's welfare section
    ['グループホーム', 'agency'], // the client's group home
    ['移行支援', 'agency'], // the sending 就労移行支援 office
    ['ジョブコーチ', 'agency'], // job coach of another agency
  ],
  place: [
    ['事業主', 'employer'], // the employer (the form's 雇用事業主内)
    ['職場', 'employer'], // the workplace
    ['勤務先', 'employer'], // the workplace
    ['会社', 'employer'], // the company
    ['企業', 'employer'], // the company
    ['店舗', 'employer'], // the shop where the client works
    ['事業所', 'office'], // the form's 事業所内 (an employer key in the same cell wins)
    ['来所', 'office'], // the client came to the office
    ['当所', 'office'], // our office
  ],
};
