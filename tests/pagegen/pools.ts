// Word pools for the page furniture and the head lines the source text lacks
// (kickers, subtitles, column labels, names, captions). Written for the
// generator; no paper's text.

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

export const COLUMN_LABELS = ['人民时评', '今日谈', '理论学苑', '评论员观察', '望海楼', '民生观察', '新论', '人民论坛', '记者手记', '现场评论', '基层一线', '经济透视'];

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
