// Word pools for the page furniture and the head lines the source text lacks
// (kickers, subtitles, column labels, names, captions). Written for the
// generator; no paper's article text. The column labels are names of real
// 人民日报 columns (the （…） labels most frequent in its headline archive,
// 2010–2019), the kickers add real series labels printed over news items
// (【…】 in CCTV 新闻联播 transcripts, the same series the papers run), so that
// pages show the heads' real variety rather than a dozen strings.

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
export const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁亮晨雪琳晶欣怡佳蕾瑶婷倩颖楠鑫博文轩然昊哲思远航峰松柏林海波晓春秋冬阳'.split('');

export const PAPERS = [
  { name: '人民日报', latin: 'RENMIN RIBAO' },
  { name: '光明日报', latin: 'GUANGMING RIBAO' },
  { name: '经济日报', latin: 'JINGJI RIBAO' },
  { name: '新华日报', latin: 'XINHUA RIBAO' },
  { name: '辽源日报', latin: 'LIAOYUAN RIBAO' },
  { name: '太原日报', latin: 'TAIYUAN RIBAO' },
  { name: '江城晚报', latin: 'JIANGCHENG WANBAO' },
];

export const SECTIONS = ['要闻', '综合', '经济', '评论', '理论', '社会', '文化', '民生', '地方新闻', '国际'];
export const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export const CITIES = ['北京', '上海', '广州', '成都', '西安', '武汉', '太原', '呼和浩特', '南京', '杭州', '长沙', '郑州', '兰州', '昆明', '沈阳', '福州'];
export const PLACES = ['城东社区', '高新区产业园', '东湖镇', '河西村', '滨江公园', '市图书馆', '农业示范园', '老城区', '经济开发区', '职业技术学院', '港口码头', '湿地公园'];
export const SCENES = ['工作人员正在调试设备', '居民在家门口参加志愿服务', '游客在展厅参观', '农民在田间查看作物长势', '学生在实验室开展研究', '工人在生产线上忙碌', '市民在广场健身', '技术人员检查线路'];

export const COLUMN_LABELS = [
  '人民时评', '今日谈', '理论学苑', '评论员观察', '望海楼', '民生观察', '新论', '人民论坛', '记者手记', '现场评论', '基层一线', '经济透视',
  '国际视点', '国际论坛', '体坛观澜', '快评', '大家手笔', '环球走笔', '民生观', '第一现场', '思想纵横', '经济聚焦', '政策解读',
  '热点解读', '新知新觉', '来论', '大使随笔', '时代先锋', '科技短波', '科技杂谈', '新语', '干部说干事', '热点辨析', '国际视野',
  '记者观察', '人民要论', '凭栏处', '人民观点', '深阅读', '观沧海', '红船观澜', '财经短波', '看台人语', '金台随感', '金台论道',
  '微议', '治理之道', '一线视角', '文化脉动', '党员论坛', '生活漫步', '身边的感动', '不吐不快', '各抒己见', '短评', '纵横',
];

export const KICKERS = [
  '坚持稳中求进 推动高质量发展',
  '聚焦群众急难愁盼',
  '奋力谱写中国式现代化新篇章',
  '在希望的田野上',
  '一线调研',
  '牢记嘱托 感恩奋进',
  '深化改革 激发活力',
  '新春走基层',
  '产业升级看一线',
  '绿水青山就是金山银山',
  '基层治理新探索',
  '我们的新时代',
  '新思想引领新征程',
  '学思想 强党性 重实践 建新功',
  '党旗在基层一线高高飘扬',
  '锚定现代化 改革再深化',
  '文化中国行',
  '高质量发展调研行',
  '活力中国调研行',
  '代表委员履职故事',
  '树立和践行正确政绩观',
  '学习贯彻党的二十届三中全会精神',
  '权威部门话开局',
  '铭记历史 缅怀先烈',
  '新时代新征程新伟业——实干笃行',
  '在希望的田野上·三夏时节',
  '理论热词 实践热点 两会热议',
  '“十四五”高质量发展答卷',
  '今年以来新开工重大项目超过两千个',
  '全年粮食产量稳定在1.3万亿斤以上',
  '首批试点覆盖12个省份',
];

export const SUBTITLES = [
  '——来自基层一线的调查',
  '——写在活动开展一周年之际',
  '——一线观察',
  '——访全国劳动模范',
  '——记扎根乡村的青年干部',
  '——深入推进改革创新系列述评之三',
  '——论新时代的奋斗精神',
  '——来自田间地头的报告',
  '——热烈祝贺十四届全国人大三次会议开幕',
  '——二十大代表继续分组讨论二十大报告',
  '——重要讲话在广大干部群众中引发热烈反响',
  '——国际社会积极评价中国发展新机遇',
  '——代表委员热议政府工作报告',
  '——各地贯彻落实全会精神综述',
  '——专访中国科学院院士',
  '——记全国优秀共产党员、县委书记',
  '——一个村庄的十年之变',
  '——新时代东北全面振兴观察',
];

export const CROSSHEADS = [
  '党建引领凝聚合力',
  '创新驱动激发活力',
  '服务群众办实事',
  '补齐短板惠民生',
  '因地制宜谋发展',
  '守正创新开新局',
  '科技赋能促增收',
  '久久为功见实效',
  '聚焦重点抓落实',
  '擦亮生态底色',
];

export const UNITS = ['太原市委党校', '中国人民大学', '省社会科学院', '南开大学马克思主义学院', '市发展改革委', '北京师范大学'];

export function personName(pick: <T>(l: readonly T[]) => T, chance: (p: number) => boolean): string {
  return pick(SURNAMES) + pick(GIVEN) + (chance(0.6) ? pick(GIVEN) : '');
}
