// Clean source material for the generated-page tests (generate.ts). Written
// for these tests: plausible newspaper prose, not copied from any paper. Every
// Chinese paragraph ends with 。！？” or ……, holds no spaces, and keeps Latin
// words and numbers (GDP, 5G, 97.73%) as runs of [A-Za-z0-9.%]. The English
// articles hold no hyphenated words, so a hyphen at a line end is always a
// soft hyphen the parser must remove.

export type Lang = 'zh' | 'en';

export interface CleanArticle {
  id: string;
  lang: Lang;
  title: string;
  /** The byline as printed (with ■ ● or doubled spaces) and as the parser must return it. */
  byline: { raw: string; clean: string } | null;
  paragraphs: string[];
}

export const ZH_ARTICLES: CleanArticle[] = [
  {
    id: 'zh1',
    lang: 'zh',
    title: '全省夏粮收购进度过半',
    byline: { raw: '本报记者 张晓明', clean: '本报记者 张晓明' },
    paragraphs: [
      '2025年7月1日，记者从省粮食和物资储备局获悉，截至6月30日，全省累计收购小麦412.6万吨，收购进度已过半。今年夏粮播种面积稳中有增，单产水平创历史新高，为全年粮食生产赢得了主动。',
      '在位于城郊的国家粮食储备库，前来交售新麦的车辆排起长队。“今年麦子颗粒饱满，容重高，一等粮占比达到97.73%，卖了个好价钱。”种粮大户王建国一边看着检验员扦样，一边笑着说。',
      '为方便农民售粮，全省共设立收购网点1286个，推行“预约收购”“上门收购”等服务，群众通过手机就能查询价格、预约时间。不少收购库点延长营业时间，做到随到随检、随检随收。',
      '省粮食和物资储备局有关负责人介绍，今年全省启动小麦最低收购价执行预案的地区有所减少，市场化收购占比进一步提高，多元市场主体入市积极，粮价总体保持平稳。',
      '与此同时，各地加强粮食质量安全监管，对收购的新粮逐批检验，严防不符合食品安全标准的粮食流入口粮市场。',
      '专家认为，夏粮丰收为稳定物价、稳定经济大盘提供了有力支撑。一季度全省GDP同比增长5.6%，其中第一产业增加值增长3.8%，农业“压舱石”作用持续显现。',
      '眼下，秋粮播种正有序推进。“夏粮到手，心里不慌，秋粮更要种好管好。”王建国说。',
    ],
  },
  {
    id: 'zh2',
    lang: 'zh',
    title: '城市书房点亮市民文化生活',
    byline: { raw: '新华社记者 李雪 王海涛', clean: '新华社记者 李雪 王海涛' },
    paragraphs: [
      '夜幕降临，位于老城区的一家城市书房依旧灯火通明。书架上整齐摆放着《平凡的世界》《红岩》《乡土中国》等图书，二十多名读者安静地坐在桌前，有人埋头阅读，有人低声讨论。',
      '“以前下班后不知道去哪儿，现在每周都要来两三次。”在附近企业上班的小刘说，书房离家只有几百米，环境安静，借书还书都很方便，已经成了她的“第二个家”。',
      '近年来，这座城市坚持把全民阅读作为建设书香社会的重要抓手，在社区、公园、商圈建成城市书房86家，实现24小时自助借还，全年接待读者超过310万人次。',
      '书房不仅是读书的地方，也是交流的平台。每逢周末，这里会举办读书分享会、亲子共读、非遗手作等活动，不少市民带着孩子一起参加。',
      '退休教师陈阿姨是书房的志愿者，每周都会为小读者讲绘本故事。她说：“看到孩子们围坐在一起，眼睛亮亮地听故事，我觉得特别有意义。”',
      '文化部门负责人表示，下一步将推动城市书房与图书馆总分馆体系深度融合，让更多群众在家门口就能享受到优质的公共文化服务。',
    ],
  },
  {
    id: 'zh3',
    lang: 'zh',
    title: '5G让田间地头有了“新农具”',
    byline: { raw: '本报记者  刘芳', clean: '本报记者 刘芳' },
    paragraphs: [
      '清晨六点，在东湖镇的千亩稻田里，一架植保无人机腾空而起，按照预设航线均匀喷洒叶面肥。不到20分钟，50亩稻田就完成了作业。',
      '“过去打药要好几个人干一整天，现在手机上点一点就行。”合作社负责人赵永刚告诉记者，依托5G网络和北斗导航，无人机作业精度可以控制在厘米级，农药用量减少了近三成。',
      '在合作社的数字农业指挥中心，一块大屏实时显示着土壤墒情、气温湿度、病虫害预警等数据。田间布设的300多个传感器，通过5G网络每隔10分钟回传一次信息。',
      '据了解，全县已建成5G基站1420个，实现行政村5G网络全覆盖。智能灌溉、水肥一体化、农产品溯源等应用加速落地，带动农业生产效率提升15%以上。',
      '数字技术也拓宽了农产品的销路。合作社开设的网店里，“稻花香”大米每天能卖出2000多单，年轻的主播们在直播间里介绍着稻米的产地和口感。',
      '县农业农村局局长孙立华表示，将继续加大数字乡村建设投入，培养更多懂技术、会经营的新型职业农民，让“新农具”真正成为农民增收的好帮手。',
      '这个丰收季，会是什么样子？赵永刚充满期待：“有了这些新家伙，我们心里更有底了！”',
    ],
  },
  {
    id: 'zh4',
    lang: 'zh',
    title: '老手艺焕发新光彩',
    byline: { raw: '本报通讯员 赵磊 本报记者 孙悦', clean: '本报通讯员 赵磊 本报记者 孙悦' },
    paragraphs: [
      '走进古镇的剪纸工作室，墙上挂满了色彩鲜艳的剪纸作品，有十二生肖，有花鸟鱼虫，还有反映乡村新貌的长卷。',
      '今年68岁的非遗传承人周桂兰拿起剪刀，在红纸上轻轻游走，不一会儿，一只栩栩如生的喜鹊便跃然纸上。“剪纸讲究的是心手合一，手上有功夫，心里有画面。”她说。',
      '周桂兰从12岁开始跟着母亲学剪纸，一剪就是五十多年。她记得，小时候每逢春节，村里家家户户都要贴窗花，剪纸的手艺人总是最受欢迎的……',
      '后来，随着生活方式的变化，买剪纸的人越来越少，不少老艺人转了行。周桂兰也犹豫过，但最终还是坚持了下来。',
      '转机出现在2019年。当地把剪纸列入重点扶持的非遗项目，建起传习所，开设公益课堂，还与高校合作开发文创产品。周桂兰的作品走进了博物馆，也登上了国际展会。',
      '如今，工作室每年接待研学学生上万人次，线上课程吸引了来自全国各地的学员。周桂兰带出的徒弟中，年龄最小的只有9岁。',
      '老手艺如何走进年轻人的生活？在周桂兰看来，答案就藏在一把剪刀里：“只要肯创新，老手艺也能剪出新时代的模样。”',
      '夕阳西下，工作室里依然有学员在埋头练习，剪刀开合之间，一个个新的故事正在诞生……',
    ],
  },
  {
    id: 'zh5',
    lang: 'zh',
    title: '黄河岸边绿意浓',
    byline: { raw: '●陈志远', clean: '陈志远' },
    paragraphs: [
      '盛夏时节，沿着黄河大堤一路向东，只见堤岸两侧林木葱茏，湿地里芦苇摇曳，成群的白鹭在浅滩上觅食，构成一幅人与自然和谐共生的美丽画卷。',
      '很难想象，十几年前，这里还是一片盐碱滩。“那时候风一刮，满天都是沙土，种啥都不长。”在河务部门工作了三十年的老职工马德胜回忆说。',
      '变化源于持之以恒的生态治理。当地累计完成造林绿化12.8万亩，修复湿地3.2万亩，建成沿黄生态廊道186公里，森林覆盖率由2012年的9.6%提高到目前的21.35%。',
      '生态好了，产业也跟着兴起来。依托沿黄生态廊道，周边村庄发展起观光采摘、民宿餐饮、研学旅游等新业态，去年接待游客超过150万人次。',
      '村民马小燕在家门口开起了农家乐，旺季时一天能接待上百位游客。“守着黄河吃上了生态饭，日子越过越红火！”她说。',
      '保护好黄河，是事关中华民族伟大复兴的千秋大计。当地有关负责人表示，将坚持生态优先、绿色发展，推动黄河流域高质量发展不断迈上新台阶。',
    ],
  },
  {
    id: 'zh6',
    lang: 'zh',
    // One space between the two clauses, as the paper prints it (GOLD-FORMAT: it stays).
    title: '服务越到位 群众越满意',
    byline: { raw: '本报记者 周宁', clean: '本报记者 周宁' },
    paragraphs: [
      '上午九点，家住幸福里社区的李大爷准时来到社区养老服务中心。量血压、测血糖、做理疗，一套流程下来不到半个小时。“在家门口就能看病、吃饭、聊天，比住养老院还舒心。”李大爷说。',
      '幸福里社区60岁以上的老年人有2300多人，占常住人口的28%。针对老年人多、需求多样的特点，社区引入专业养老机构，打造集日间照料、助餐助浴、康复护理于一体的综合服务中心。',
      '中午十一点半，中心的长者食堂飘出阵阵饭香。两荤两素一汤，80岁以上老人每餐只需花费8元。不方便出门的老人，还可以通过电话预约送餐上门。',
      '为了让服务更精准，社区为每位老人建立了健康档案，并为独居、高龄老人安装了智能手环和烟感报警器。一旦出现异常，系统会第一时间通知社区网格员和家属。',
      '“养老服务做得好不好，老百姓最有发言权。”社区党委书记黄丽说，社区每季度都会召开议事会，听取老人和家属的意见建议，及时改进服务。',
      '目前，全市已建成社区养老服务中心312个，基本实现城市街道全覆盖。越来越多的老年人在熟悉的环境里安享晚年。',
    ],
  },
  {
    id: 'zh7',
    lang: 'zh',
    title: '冰雪经济持续升温',
    byline: { raw: '■ 本报记者 王磊', clean: '本报记者 王磊' },
    paragraphs: [
      '2025年1月5日，第四十一届冰雪节在这座北方城市开幕。入夜，冰雕群在彩灯映照下晶莹剔透，来自天南海北的游客纷纷举起手机拍照留念。',
      '“第一次见到这么大的冰雕，太震撼了！”从广州来的游客林女士说，她和家人专程赶来体验冰雪运动，在雪场上度过了难忘的一天。',
      '冰雪节期间，全市推出冰雪观光、冰雪运动、冰雪民俗等八大类120余项活动。各大雪场、冰雪乐园人气火爆，周末客房预订率超过95%。',
      '旅游热带动了消费热。数据显示，元旦假期全市接待游客286.5万人次，实现旅游收入41.2亿元，同比分别增长18.7%和22.3%。',
      '冰雪资源如何转化为发展优势？当地的回答是：把“冷资源”变成“热经济”，延长产业链条，推动冰雪旅游与文化、体育、装备制造深度融合。',
      '在市郊的冰雪装备产业园，一家企业生产的滑雪板正在打包装车，即将发往国内多个雪场。企业负责人介绍，今年订单量比去年翻了一番。',
      '从“一季火”到“四季旺”，这座城市正在探索冰雪经济的更多可能。',
      '业内人士认为，随着冰雪运动的普及，冰雪经济有望成为拉动消费、促进就业的新增长点。',
    ],
  },
  {
    id: 'zh8',
    lang: 'zh',
    title: '以实干实绩书写发展新篇章',
    byline: { raw: '本报评论员', clean: '本报评论员' },
    paragraphs: [
      '干事创业，贵在实干。习惯于坐而论道、满足于表态发言，再好的蓝图也只能是纸上谈兵；只有撸起袖子加油干，才能把美好愿景变为现实。',
      '今年以来，面对复杂严峻的外部环境，各地区各部门迎难而上、真抓实干，经济运行总体平稳、稳中有进。上半年GDP同比增长5.3%，新质生产力加快培育，高质量发展扎实推进。',
      '成绩来之不易，挑战不容忽视。一些企业经营仍面临困难，部分领域风险隐患依然存在，稳就业、促消费的任务依然艰巨。越是这样，越要保持战略定力，越要以实干开新局。',
      '实干，需要担当精神。敢于直面问题，勇于破解难题，不回避矛盾，不推诿扯皮，在急难险重任务面前冲得上、顶得住。',
      '实干，需要科学方法。要坚持调查研究，摸清实情、找准症结，因地制宜、精准施策，防止“一刀切”“层层加码”，让各项政策真正落地见效。',
      '实干，更需要久久为功。发展没有捷径可走——一张蓝图绘到底，一茬接着一茬干，才能积小胜为大胜。',
      '征途漫漫，惟有奋斗。让我们以只争朝夕的精神、锲而不舍的韧劲，在新征程上创造新的更大业绩！',
    ],
  },
];

export const EN_ARTICLES: CleanArticle[] = [
  {
    id: 'en1',
    lang: 'en',
    title: 'Night Library Draws Young Readers',
    byline: { raw: 'By Li Na', clean: 'By Li Na' },
    paragraphs: [
      'When the city opened its first overnight library last spring, few people expected it to become one of the busiest public spaces in town. Six months later, the reading room is often full well after midnight.',
      '"I come here after my evening shift because it is quiet and warm," said Zhang Wei, a nurse who lives nearby. "At home there is always noise, but here I can finally concentrate on my studies."',
      'Librarians say the number of visitors has grown steadily, reaching more than 40,000 in June alone. Most of them are students preparing for examinations, but retired residents and delivery workers also drop by.',
      'The library offers free wireless internet, charging points and a small collection of newspapers in several languages. Volunteers organize reading circles every weekend, and a children\'s corner stays open until ten o\'clock.',
      'City officials plan to open three more libraries with extended hours by the end of next year. "Reading should fit into people\'s lives, not the other way around," said the director.',
    ],
  },
  {
    id: 'en2',
    lang: 'en',
    title: 'Solar Farms Bring New Income to Desert Villages',
    byline: { raw: 'By Michael Grant', clean: 'By Michael Grant' },
    paragraphs: [
      'In the dry hills of the northwest, rows of solar panels now stretch across land that once produced little more than dust. For the villages nearby, the panels have become a steady source of income.',
      'Local authorities leased unused land to an energy company in 2021. Each household receives an annual payment, and dozens of residents have been hired to clean and maintain the equipment.',
      // Curly quotes: in English text the spaces around them are real and must stay.
      '“Before the project started, most young people left to find work in the cities,” said Ma Jun, a village official. “Now some of them are coming back.”',
      'The shade under the panels has had an unexpected benefit. With less evaporation, grass and vegetables grow where nothing grew before, and farmers have started raising sheep between the rows.',
      'Experts say the model could be copied in other regions, but they warn that lasting success depends on careful management and fair agreements with landowners.',
      'For now, the villagers are optimistic. As one farmer put it, the sun that once dried their fields is finally working for them.',
    ],
  },
];
