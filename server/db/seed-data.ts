// Word lists for the generated accounts. Domains use reserved names so nothing points at a real site.
export const FIRST_NAMES = [
  'Alice', 'Alan', 'Amara', 'Ben', 'Bea', 'Carlos', 'Chen', 'Dana', 'Dmitri', 'Elena', 'Emeka', 'Farah',
  'Felix', 'Grace', 'Hana', 'Hiro', 'Ines', 'Ivan', 'Jade', 'Jonas', 'Kai', 'Keiko', 'Lena', 'Liam',
  'Mara', 'Mateo', 'Nadia', 'Noor', 'Oscar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Sofia', 'Tariq', 'Uma',
  'Vera', 'Wei', 'Xavier', 'Yara', 'Yusuf', 'Zoe',
];
export const LAST_NAMES = [
  'Adams', 'Bauer', 'Costa', 'Dubois', 'Evans', 'Fischer', 'García', 'Hansen', 'Ito', 'Jensen', 'Kim',
  'Lopez', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Urban',
  'Varga', 'Wang', 'Xu', 'Yilmaz', 'Zhang',
];
export const CHINESE_NAMES = ['王小明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴婷', '林晓', '郭强'];
export const WORDS = [
  'birds', 'code', 'tea', 'maps', 'jazz', 'rust', 'films', 'garden', 'cats', 'hiking', 'linux', 'books',
  'coffee', 'trains', 'pixels', 'poetry', 'chess', 'bikes', 'stars', 'synth',
];
export const EMAIL_DOMAINS = ['example.com', 'example.org', 'mail.example', 'posteo.example', 'qq.example', '163.example'];
export const SPAM_EMAIL_DOMAINS = ['spam.example', 'junkmail.example'] as const;
export const REMOTE_DOMAINS = [
  'mastodon.example', 'fosstodon.example', 'hachyderm.example', 'infosec.example', 'mstdn.example',
  'pawoo.example', 'social.example.org', 'toot.example', 'chaos.example', 'sfba.example',
  'kolektiva.example', 'spamfarm.example',
];
export const LOCALES = ['en', 'en', 'en', 'zh-CN', 'zh-CN', 'de', 'fr', 'ja', 'es', 'pt-BR'];
export const REASONS_EN = [
  'I run a small birdwatching club and would like to share our sightings here.',
  'Moving over from another server that is shutting down. Same username there.',
  'Hi! I am a developer interested in open source and the fediverse.',
  'My friend recommended this instance. I mostly post photos of my garden.',
  'Teacher looking for a calm place to talk about education.',
  'I want to follow local news and community events.',
];
export const REASONS_ZH = [
  '你好！我是一名学生，想在这里分享学习笔记。',
  '朋友推荐我来这个实例，我主要发一些摄影作品。',
  '我是开源爱好者，希望加入社区交流。',
  '原来的服务器关闭了，想搬到这里继续使用同一个用户名。',
  '想关注本地新闻和社区活动。',
];
export const REASONS_SPAM = [
  'Best deals on watches!!! Visit my site for 90% off',
  'crypto investment opportunity, guaranteed returns, DM me',
  '优惠促销，加微信了解更多',
  'asdf',
  '',
];
export const SPAM_PREFIXES = ['promo', 'deals', 'cheap', 'bonus', 'winner'];
