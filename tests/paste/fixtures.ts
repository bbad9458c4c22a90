// Samples for the paste detector. The Chinese articles are written for these
// tests (no real newspaper text); tests/paste/paste-check.test.ts wraps them at
// column widths 10–30 to make positives. The negatives are pastes a user
// makes every day into an editable field and that must be left alone.

/** Clean Chinese articles, one paragraph per string. */
export const ARTICLES: string[][] = [
  [
    '入夏以来，我市多地持续高温少雨，部分乡镇出现不同程度旱情。市农业农村局第一时间启动抗旱应急响应，组织200余名技术人员深入田间地头，指导农户科学灌溉、合理施肥，最大限度减少旱情对秋粮生产的影响。',
    '在城东镇李家村，一台台抽水机正将河水送进玉米地。村党支部书记王建国告诉记者，村里提前疏通了三条灌溉渠，又从县里借来六台水泵，确保每块地都能浇上水。“只要水跟得上，今年的收成就有底气。”',
    '据了解，全市已累计投入抗旱资金1500万元，新打机井86眼，抗旱浇地面积达到42万亩。气象部门预计，下周初我市将迎来一次明显降雨过程，旱情有望得到缓解。',
  ],
  [
    '清晨六点，老城区的早市已经热闹起来。卖菜的摊主把刚从地里摘下的黄瓜、豆角码得整整齐齐，吆喝声此起彼伏。退休教师张大妈提着布袋子，一边挑选一边和熟悉的摊主拉家常。',
    '过去，这条街道路面坑洼，一到雨天就满地泥水，摊位也是东一个西一个，既影响通行又不卫生。去年秋天，街道办事处会同城管、市场监管等部门，对早市进行了整体改造：铺设透水砖，划定摊位线，安装了雨棚和照明设施，还专门设置了公平秤和垃圾分类点。',
    '“现在买菜舒心多了，干干净净的，价格也公道。”张大妈笑着说。摊主老刘也觉得生意比以前好做了，每天能多卖出几十斤菜。街道负责人表示，下一步将把早市改造的经验推广到其他社区，让群众在家门口享受到更加便捷的生活服务。',
  ],
  [
    '近日，由省科技厅组织的专家组对我市某新材料企业承担的重点研发项目进行了现场验收。该项目历时三年，攻克了高性能复合材料低成本制备的关键技术，产品各项指标均达到或超过合同要求。',
    '项目负责人介绍，团队先后开展试验1200多次，优化工艺参数40余项，使材料生产成本降低了约30%，成品率从原来的65%提升到92%。目前，相关产品已批量应用于新能源汽车、轨道交通等领域，年新增产值超过2亿元。',
    '专家组认为，该项目创新性强，产业化前景广阔，对推动地方制造业转型升级具有示范作用。企业负责人表示，将继续加大研发投入，加强与高校和科研院所的合作，努力把更多实验室里的成果变成生产线上的产品。',
  ],
  [
    '秋收时节，走进北山乡的万亩稻田，金黄的稻穗压弯了枝头，微风吹过，稻浪翻滚，空气里弥漫着稻谷的清香。几台大型收割机在田间来回穿梭，所到之处，稻谷很快被收进仓斗，秸秆被粉碎还田。',
    '种粮大户赵永明今年流转了八百多亩土地，全部种上了优质水稻。“从育秧、插秧到植保、收割，全程都用上了机械，一个人能顶过去几十个人。”他算了一笔账，扣除各项成本，每亩纯收入能有五百元左右。',
    '乡农业服务中心主任介绍，近年来乡里大力推广“企业加合作社加农户”的经营模式，统一供种、统一技术指导、统一收购，既降低了农户的种植风险，又提高了稻米的品质和价格，农民的钱袋子一年比一年鼓。',
  ],
  [
    '十月的最后一个周末，第五届全民健身运动会在市体育中心开幕。来自全市各县区、企事业单位和社区的3000多名运动员参加了开幕式，他们将在接下来的两周里，围绕篮球、乒乓球、羽毛球、广场舞、太极拳等18个项目展开角逐。',
    '与往届相比，本届运动会更加注重群众参与，取消了参赛年龄上限，增设了亲子跑、趣味接力等适合全家参与的项目。年过七旬的退休工人刘师傅已经连续参加了五届，他说：“锻炼身体不分年纪，能在家门口比一比，心里高兴。”',
    '市体育局有关负责人表示，运动会期间，市体育中心各场馆将免费向市民开放，同时安排专业教练现场提供健身指导，希望以赛事为契机，带动更多市民走出家门、走进赛场，养成科学健身的好习惯。',
  ],
  [
    '图书馆的自习室里，座无虚席。高二学生小林每个周末都会来这里看书做题，她说这里安静，资料也多，遇到不会的问题还能去阅览区查阅参考书。最近，图书馆延长了开放时间，晚上九点才闭馆，让她多了不少学习时间。',
    '为满足读者需求，市图书馆今年新增图书5万余册，开通了电子借阅平台，读者用手机就能免费阅读上万种电子图书和期刊。馆里还在各社区设立了24小时自助借还点，实现了“一卡通借、就近归还”。',
    '馆长说，图书馆是城市的文化客厅，下一步将继续开展读书会、公益讲座、亲子阅读等活动，让阅读融入市民的日常生活，让书香飘满整座城市。',
  ],
];

/** The same kind of text, but with half-width commas and brackets, as some
 *  papers (and e-paper pages) print it. */
export const HALF_WIDTH_ARTICLE: string[] = [
  '本报讯(记者 李明)11月3日,全市秋冬季安全生产工作推进会召开。会议要求,各地各部门要坚持人民至上、生命至上,把安全生产责任落实到每个岗位、每个环节,坚决遏制重特大事故发生。',
  '会议指出,当前正值岁末年初,人员流动大,生产经营活动频繁,安全风险明显增多。各级各部门要深入开展隐患排查整治,聚焦道路交通、建筑施工、危险化学品、燃气使用等重点领域,逐项建立问题清单和整改台账,做到发现一处、整改一处、销号一处。',
  '会议强调,要加强应急值守和信息报送,完善应急预案,强化应急演练,确保一旦发生突发事件能够快速响应、妥善处置,切实保障人民群众生命财产安全和社会大局稳定。',
];

export interface Sample {
  name: string;
  text: string;
}

/** Pastes that must NOT be detected, by kind. */
export const NEGATIVES: Sample[] = [
  // ------------------------------------------------------------ code
  {
    name: 'js: function',
    text: `export function debounce(fn, wait = 200) {
  let timer = null;
  return function (...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

const onResize = debounce(() => {
  console.log('resized', window.innerWidth);
});
window.addEventListener('resize', onResize);`,
  },
  {
    name: 'js: Chinese strings and comments',
    text: `// 初始化用户设置，读取本地缓存
const messages = {
  saved: '保存成功，您的设置已经生效',
  failed: '保存失败，请检查网络连接后重试',
  empty: '内容不能为空，请输入标题和正文',
  confirm: '确定要删除这篇剪报吗？删除后无法恢复',
};
// 显示提示信息
function toast(key) {
  showMessage(messages[key] ?? '未知错误');
}`,
  },
  {
    name: 'ts: interface',
    text: `interface Article {
  id: string;
  title: string;
  byline?: string;
  blocks: Block[];
}

type Block = { type: 'paragraph' | 'heading'; text: string };

export const emptyArticle = (): Article => ({ id: '', title: '', blocks: [] });`,
  },
  {
    name: 'python: script',
    text: `import json
from pathlib import Path


def load_pages(root: Path) -> list[dict]:
    pages = []
    for path in sorted(root.glob("*.json")):
        with path.open(encoding="utf-8") as f:
            pages.append(json.load(f))
    return pages


if __name__ == "__main__":
    print(len(load_pages(Path("data"))))`,
  },
  {
    name: 'python: Chinese docstring',
    text: `def 计算平均分(成绩列表):
    """计算一组学生成绩的平均分，忽略缺考的记录。

    参数：成绩列表，每一项是一个分数或者空值
    返回：平均分，保留两位小数
    """
    有效成绩 = [x for x in 成绩列表 if x is not None]
    if not 有效成绩:
        return 0.0
    return round(sum(有效成绩) / len(有效成绩), 2)`,
  },
  {
    name: 'python: traceback',
    text: `Traceback (most recent call last):
  File "/home/user/app/main.py", line 42, in <module>
    main()
  File "/home/user/app/main.py", line 37, in main
    result = parse(config["input"])
KeyError: 'input'`,
  },
  {
    name: 'c: program',
    text: `#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    char buf[256];
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE\\n", argv[0]);
        return 1;
    }
    strncpy(buf, argv[1], sizeof buf - 1);
    printf("%zu\\n", strlen(buf));
    return 0;
}`,
  },
  {
    name: 'c: Chinese comments',
    text: `/* 环形缓冲区：写入时覆盖最旧的数据 */
struct ring {
    int head;   /* 下一个写入位置 */
    int tail;   /* 下一个读取位置 */
    int size;   /* 缓冲区容量 */
    char *data; /* 数据存储区域 */
};

/* 写入一个字节，缓冲区满时丢弃最旧的字节 */
void ring_put(struct ring *r, char c) {
    r->data[r->head] = c;
    r->head = (r->head + 1) % r->size;
}`,
  },
  {
    name: 'sql: query',
    text: `SELECT a.id, a.title, COUNT(c.id) AS clips
FROM articles a
LEFT JOIN clips c ON c.article_id = a.id
WHERE a.published_at >= '2025-01-01'
GROUP BY a.id, a.title
HAVING COUNT(c.id) > 3
ORDER BY clips DESC
LIMIT 20;`,
  },
  {
    name: 'sql: Chinese data',
    text: `INSERT INTO 报纸 (名称, 城市, 创刊年份) VALUES
  ('辽源日报', '辽源市', 1949),
  ('太原日报', '太原市', 1948),
  ('内蒙古日报', '呼和浩特市', 1948),
  ('吕梁日报', '离石区', 1958);
UPDATE 报纸 SET 城市 = '吉林省辽源市' WHERE 名称 = '辽源日报';`,
  },
  {
    name: 'go: handler',
    text: `package main

import (
	"fmt"
	"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "hello, %s", r.URL.Query().Get("name"))
}

func main() {
	http.HandleFunc("/hello", hello)
	http.ListenAndServe(":8080", nil)
}`,
  },
  {
    name: 'rust: struct',
    text: `#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub width: usize,
}

impl Line {
    pub fn is_short(&self) -> bool {
        self.width < 10
    }
}`,
  },
  {
    name: 'shell: session',
    text: `$ npm run build
> jianbao@0.1.0 build
> wxt build && wxt build -b firefox

✔ Built extension in 1.8 s
  └─ .output/chrome-mv3/manifest.json  1.02 kB
$ ls -la .output/
total 16
drwxr-xr-x  4 user user 4096 Jul  1 10:02 .`,
  },
  {
    name: 'html: fragment',
    text: `<article class="news">
  <h1>锻造民族复兴的中流砥柱</h1>
  <p class="byline">钟华论</p>
  <p>一艘小小红船承载着人民的重托、民族的希望。</p>
  <p>百余年来，中国共产党团结带领中国人民书写了史诗。</p>
</article>`,
  },
  {
    name: 'css: rules',
    text: `.clip-card {
  display: flex;
  gap: 8px;
  padding: 12px 16px;
  border-radius: 6px;
  font-family: "Noto Serif SC", serif;
}
.clip-card:hover { background: #f5f5f5; }`,
  },
  // ------------------------------------------------------------ tables
  {
    name: 'csv: English',
    text: `date,city,temperature,rain_mm
2025-07-01,Beijing,33.5,0
2025-07-01,Shanghai,31.2,12.4
2025-07-01,Guangzhou,32.8,25.1
2025-07-02,Beijing,34.1,0
2025-07-02,Shanghai,30.9,3.3`,
  },
  {
    name: 'csv: Chinese',
    text: `姓名,性别,年龄,所在城市,联系电话
张伟,男,34,北京市朝阳区,13800001111
王芳,女,29,上海市浦东新区,13900002222
李娜,女,41,广州市天河区,13700003333
刘洋,男,25,深圳市南山区,13600004444
陈静,女,37,成都市武侯区,13500005555`,
  },
  {
    name: 'csv: Chinese, quoted',
    text: `"报纸","版次","标题","作者"
"人民日报","第1版","锻造民族复兴的中流砥柱","钟华论"
"内蒙古日报","第4版","党建引领城市高质量发展","本报记者"
"辽源日报","第1版","党史学习教育中央督导组到我市调研","王茵"
"吕梁日报","第3版","伟大的精神之源，奋进的磅礴力量","评论员"`,
  },
  {
    name: 'tsv: spreadsheet, Chinese',
    text: `地区\t一季度\t二季度\t三季度\t四季度
东城区\t1250\t1320\t1410\t1500
西城区\t980\t1010\t1105\t1180
朝阳区\t2100\t2230\t2380\t2460
海淀区\t1870\t1920\t2050\t2190
丰台区\t760\t800\t845\t900`,
  },
  {
    name: 'tsv: spreadsheet, English',
    text: `Name\tDepartment\tStart date\tSalary
Alice Chen\tEngineering\t2021-03-15\t98000
Bob Li\tMarketing\t2019-11-01\t72000
Carol Wang\tFinance\t2022-06-20\t81000
David Zhao\tEngineering\t2020-01-06\t104000`,
  },
  {
    name: 'tsv: Chinese schedule',
    text: `时间\t内容\t地点\t负责人
上午九点\t开幕式暨领导讲话\t报告厅\t办公室
上午十点\t专题报告：数字化转型的实践与思考\t报告厅\t信息中心
下午两点\t分组讨论\t三楼会议室\t各小组组长
下午四点\t总结发言\t报告厅\t办公室`,
  },
  // ------------------------------------------------------------ English
  {
    name: 'english: paragraph',
    text: `The city council approved the new budget on Tuesday after a long debate about funding for public transport. The plan adds three bus routes in the northern districts and extends the opening hours of the main library. Opponents argued that the money would be better spent on repairing roads, but the measure passed by seven votes to four.`,
  },
  {
    name: 'english: several paragraphs',
    text: `Rain is expected to return to the region by the weekend, bringing relief to farmers after six weeks of dry weather.

Forecasters said the front would arrive on Saturday morning and could bring up to 40 millimetres of rain in the hills.

Water authorities have nonetheless asked residents to keep limiting their use of garden hoses until reservoir levels recover.`,
  },
  {
    name: 'english: email',
    text: `Hi Wei,

Thanks for sending over the draft. I had a look at the section on page furniture and I think it reads well, but could you add an example of a footer with a phone number?

Also, the meeting on Thursday has moved to 3 pm. Let me know if that doesn't work for you.

Best,
Sarah`,
  },
  {
    name: 'english: email, hard-wrapped at 72',
    text: `Hello all,

Please find attached the minutes of last week's editorial meeting. The
main decisions were to move the weekend supplement to Friday, to hire
two more copy editors for the night shift, and to review the style
guide for numbers and dates before the end of the quarter.

If you have corrections, send them to me by Wednesday.

Regards,
Tom`,
  },
  {
    name: 'english: copied from a PDF (maybe; we say no)',
    text: `The results suggest that readers of printed newspapers spend more
time on each article than readers of the online edition, although the
difference narrows for younger readers. We also found that the layout
of a page, and in particular the number of columns, has a measurable
effect on how far readers get into an article before they stop. Long
articles set in narrow columns were abandoned earlier than the same
articles set in wide columns.`,
  },
  {
    name: 'english: narrow PDF column (maybe; we say no)',
    text: `Officials said the new
bridge would open to
traffic in the spring,
two months later than
planned, because of a
shortage of steel and
the wet autumn weather
that delayed work.`,
  },
  // ------------------------------------------------------------ chat
  {
    name: 'chat: WeChat log',
    text: `张伟 10:32
明天的选题会改到下午两点了，大家看一下时间

王芳 10:33
好的，收到

李娜 10:35
我下午要去采访，可能晚到半小时

张伟 10:36
没关系，你到了直接进会议室就行`,
  },
  {
    name: 'chat: short Chinese messages',
    text: `在吗？
刚才那篇稿子你看了没
标题是不是太长了
我觉得可以再短一点
你改完发我一下`,
  },
  {
    name: 'chat: bracketed log',
    text: `[09:01] 小王：今天的版面几点定稿？
[09:02] 老李：下午五点前，头版还在等照片
[09:05] 小王：照片我已经传到群文件了，你看看哪张合适
[09:06] 老李：第二张不错，就用它吧，记得加图片说明`,
  },
  {
    name: 'chat: English',
    text: `alex: are we still on for lunch?
sam: yes! 12:30 at the noodle place
alex: great, see you there
sam: I might be 5 min late, the bus is slow today`,
  },
  {
    name: 'chat: bare messages of similar length, no sentence ends',
    text: `明天的选题会改到下午两点了
好的，收到，我跟小王也说一声
我下午要去采访，可能晚到半小时
没关系，你到了直接进会议室就行
那篇关于早市改造的稿子写完了吗
写完了，正在找照片，晚点发你
照片要横版的，头版要用
知道了，我让摄影记者再去补拍几张
标题我觉得可以再改改，有点长
你给个建议，我看看怎么改`,
  },
  {
    name: 'chat: speaker labels',
    text: `张伟：明天的选题会改到下午两点了。
王芳：好的，收到，我跟小王也说一声
李娜：我下午要去采访，可能晚到半小时
张伟：没关系，你到了直接进会议室就行
王芳：那篇关于早市改造的稿子写完了吗？
李娜：写完了，正在找照片，晚点发你
张伟：照片要横版的，头版要用
王芳：知道了，我让摄影记者再去补拍几张`,
  },
  {
    name: 'chat: QQ style, name and time headers',
    text: `张伟 10:32:15
那篇关于早市改造的稿子写完了吗？
李娜 10:33:02
写完了，正在找照片，晚点发你
张伟 10:33:40
照片要横版的，头版要用，标题再短一点
李娜 10:35:11
知道了，我让摄影记者再去补拍几张`,
  },
  // ------------------------------------------------------------ short Chinese
  { name: 'short: one sentence', text: '今天天气很好，我们下午去公园散步吧。' },
  { name: 'short: two lines', text: '会议通知\n请各位同事于明天上午九点到三楼会议室参加部门例会，请准时参加，不要迟到。' },
  {
    name: 'short: three wrapped lines',
    text: '在中共一大纪念馆，高3米、宽7米\n的巨幅油画《星火》吸引不少参观者驻\n足。',
  },
  { name: 'short: greeting', text: '祝大家新年快乐，身体健康，万事如意！' },
  {
    name: 'short: under 80 chars, 4 lines',
    text: '今天下午三点\n在二楼会议室\n召开全体会议\n请大家准时参加',
  },
  // ------------------------------------------------------------ Chinese, one paragraph per line
  {
    name: 'zh: one paragraph per line, article',
    text: `近年来，我市坚持把发展经济的着力点放在实体经济上，持续优化营商环境，推动传统产业转型升级，培育壮大新兴产业，经济发展呈现稳中有进、进中向好的良好态势。
今年前三季度，全市地区生产总值同比增长百分之六点二，规模以上工业增加值增长百分之八点一，固定资产投资增长百分之七点五，主要经济指标增速均高于全省平均水平。
与此同时，全市居民收入稳步增长，城镇新增就业岗位三万余个，城乡低保标准进一步提高，教育、医疗、养老等民生支出占一般公共预算支出的比重保持在八成左右。
下一步，我市将继续聚焦高质量发展这一首要任务，抓项目、稳投资、促消费，全力以赴完成全年目标任务，为实现经济社会持续健康发展打下坚实基础。`,
  },
  {
    name: 'zh: one paragraph per line, blank lines',
    text: `春天的公园里，桃花、杏花、樱花竞相开放，吸引了大批市民前来赏花踏青。

湖边的步道上，有人慢跑，有人骑行，还有不少家长带着孩子放风筝，到处洋溢着欢声笑语。

公园管理处的工作人员说，为了迎接赏花高峰，他们增加了保洁和安保人员，还在主要路口设置了指示牌，方便游客游览。

另外，园区内的部分花卉正处于盛花期，请游客文明赏花，不要攀折花枝，也不要在草坪上随意踩踏。`,
  },
  {
    name: 'zh: one sentence per line',
    text: `请各位读者注意以下事项。
图书馆每周一上午闭馆整理。
借阅图书需持本人读者证。
每张读者证最多可借五册图书。
借期为三十天，可续借一次。
逾期未还的图书将暂停借阅权限。
损坏或遗失图书需照价赔偿。
如有疑问，请咨询服务台工作人员。`,
  },
  {
    name: 'zh: web news article (editor credit, no page furniture)',
    text: `新华社北京7月1日电 记者从有关部门获悉，今年上半年我国粮食生产形势总体稳定，夏粮再获丰收，为稳定全年经济大盘提供了有力支撑。
据统计，全国夏粮播种面积稳中有增，单产水平有所提高，小麦收获进度快于往年，优质专用小麦比重进一步提升。
有关负责人表示，下一步将抓好秋粮生产各项工作，落实好各项支持政策，确保全年粮食产量保持在较高水平。
来源：新华社
责任编辑：王明`,
  },
  {
    name: 'zh: email with signature',
    text: `王老师您好：
感谢您上周在讲座中的精彩分享，同学们反响非常热烈，很多人希望能拿到讲座的课件，不知是否方便发给我们？
另外，我们计划下学期再邀请您来做一次关于新闻写作的专题讲座，时间可以根据您的安排来定。
期待您的回复，祝工作顺利！
学生会宣传部 李华
电话：13800138000
地址：北京市海淀区学院路37号
邮编：100083`,
  },
  {
    name: 'zh: headline list, varied lengths',
    text: `全市秋粮收获进度过半
我市召开安全生产工作推进会议部署岁末年初各项工作
新建三条公交线路本月底开通
第五届全民健身运动会开幕
图书馆延长开放时间至晚上九点
城东镇李家村：抽水机送水到田头，抗旱保苗有底气
市政府常务会议研究部署冬季供暖工作
老城区早市改造完工`,
  },
  // ------------------------------------------------------------ poems
  {
    name: 'poem: classical, two verses per line',
    text: `风急天高猿啸哀，渚清沙白鸟飞回。
无边落木萧萧下，不尽长江滚滚来。
万里悲秋常作客，百年多病独登台。
艰难苦恨繁霜鬓，潦倒浊醪新停杯。
昔闻洞庭水，今上岳阳楼。吴楚东南坼，乾坤日夜浮。
亲朋无一字，老病有孤舟。戎马关山北，凭轩涕泗流。`,
  },
  {
    name: 'poem: classical, one verse per line',
    text: `春眠不觉晓，
处处闻啼鸟。
夜来风雨声，
花落知多少。
白日依山尽，
黄河入海流。
欲穷千里目，
更上一层楼。
床前明月光，
疑是地上霜。
举头望明月，
低头思故乡。
千山鸟飞绝，
万径人踪灭。
孤舟蓑笠翁，
独钓寒江雪。`,
  },
  {
    name: 'poem: modern, free verse',
    text: `我在北方的清晨醒来
窗外是一层薄薄的雪
远处传来火车的汽笛
像一封迟到了很多年的信
终于被送到了门口
我想起南方
想起那条总也走不完的小巷
和巷口卖桂花糕的老人
他的吆喝声至今还在我耳边回响`,
  },
  // ------------------------------------------------------------ lists
  {
    name: 'list: Chinese numbered',
    text: `本周工作安排：
1. 完成第三季度稿件统计和归档工作
2. 与印刷厂确认国庆期间的出版计划
3. 整理读者来信并分类转交相关部门
4. 更新编辑部通讯录和值班表
5. 组织新入职记者参加业务培训`,
  },
  {
    name: 'list: Chinese bullets',
    text: `- 采访提纲：确定问题顺序，准备备用问题
- 设备：录音笔、相机、备用电池和存储卡
- 交通：提前预约车辆，预留路上堵车时间
- 资料：打印受访企业近三年的年度报告
- 联系人：提前一天再次确认采访时间和地点`,
  },
  {
    name: 'list: shopping, Chinese enumeration',
    text: `购物清单
鸡蛋两盒
牛奶一箱
西红柿三斤
黄瓜两根
大米一袋
酱油和醋各一瓶
洗衣液一桶
苹果五斤
香蕉一把
面条两包
猪肉一斤半
小葱一把
生姜一块`,
  },
  {
    name: 'zh: list of names with alignment spaces',
    text: `获奖人员名单
王  伟　　李晓明　　张  强　　刘建国
陈  静　　杨丽华　　赵  敏　　黄志刚
周  杰　　吴秀英　　徐  磊　　孙海燕
马  超　　朱文博　　胡  军　　郭晓燕`,
  },
  {
    name: 'zh: table of contents with leaders',
    text: `目录
第一章  总则……………………………………1
第二章  组织机构……………………………3
第三章  编辑出版……………………………7
第四章  发行管理……………………………12
第五章  广告经营……………………………15
第六章  附则……………………………………18`,
  },
  {
    name: 'zh: list of companies',
    text: `参展企业名单
内蒙古伊利实业集团股份有限公司
内蒙古蒙牛乳业集团股份有限公司
呼和浩特市融媒印务有限公司
辽源市金翼蛋品有限公司
国网辽源供电公司
山西吕梁离石区农业发展有限公司
北京某某科技发展有限公司`,
  },
  {
    name: 'zh: notice, one paragraph per line with 2-space indent',
    text: `关于做好国庆假期值班工作的通知
各部门：
　　国庆假期即将到来，为确保假期期间各项工作正常运转，现将有关事项通知如下。
　　一、各部门要按照值班安排表，落实值班人员，值班人员须保持通信畅通，不得擅自离岗。
　　二、遇有突发事件，值班人员要第一时间报告部门负责人，并按照应急预案妥善处置。
　　三、假期结束后，各部门要及时做好值班情况总结，报办公室备案。
办公室
2025年9月25日`,
  },
  // ------------------------------------------------------------ Markdown
  {
    name: 'markdown: Chinese README',
    text: `# 剪报 Jianbao

一个用来整理报纸电子版文字的浏览器扩展。

## 安装

1. 下载最新的发布包
2. 打开浏览器的扩展管理页面
3. 开启开发者模式，加载解压后的文件夹

## 使用

复制报纸 PDF 中的文字，粘贴到任意输入框，**剪报**会提示你是否需要清理格式。详见 [使用说明](https://example.com/docs)。`,
  },
  {
    name: 'markdown: English notes',
    text: `## Meeting notes

- **Owner:** Wei
- Decide on the *detector* thresholds
- Add benchmark for 30 KB pastes

\`\`\`ts
looksLikeNewspaperText(text)
\`\`\`

> Remember: never touch lib/parse.`,
  },
  {
    name: 'markdown: Chinese table',
    text: `| 报纸 | 版次 | 栏宽（字） |
| --- | --- | --- |
| 吕梁日报 | 第3版 | 16 |
| 内蒙古日报 | 第4版 | 16 |
| 辽源日报 | 第1版 | 不定 |
| 人民日报 | 第1版 | 17 |
| 太原日报 | 第2版 | 15 |
| 经济日报 | 第5版 | 18 |`,
  },
  // ------------------------------------------------------------ JSON, YAML
  {
    name: 'json: English',
    text: `{
  "name": "jianbao",
  "version": "0.1.0",
  "private": true,
  "scripts": {
    "build": "wxt build",
    "test": "vitest run"
  }
}`,
  },
  {
    name: 'json: Chinese values',
    text: `{
  "title": "锻造民族复兴的中流砥柱",
  "byline": "钟华论",
  "blocks": [
    { "type": "paragraph", "text": "一艘小小红船承载着人民的重托、民族的希望，越过急流险滩。" },
    { "type": "heading", "text": "（一）" },
    { "type": "note", "text": "（新华社北京6月30日电）" }
  ]
}`,
  },
  {
    name: 'json: one line, Chinese',
    text: `[{"城市":"北京","人口":"2185万","面积":"16410平方公里"},{"城市":"上海","人口":"2487万","面积":"6340平方公里"},{"城市":"广州","人口":"1882万","面积":"7434平方公里"},{"城市":"深圳","人口":"1779万","面积":"1997平方公里"}]`,
  },
  {
    name: 'yaml: Chinese',
    text: `site:
  title: 剪报
  description: 整理报纸电子版文字的小工具
papers:
  - name: 辽源日报
    city: 辽源
  - name: 吕梁日报
    city: 离石
  - name: 内蒙古日报
    city: 呼和浩特
  - name: 太原日报
    city: 太原
notes: 每天早上八点自动抓取各报当日电子版，并保存为纯文本文件`,
  },
  // ------------------------------------------------------------ URLs, addresses
  {
    name: 'urls: list',
    text: `https://www.example.com/news/2025/07/01/article-12345.html
https://paper.example.cn/html/2025-07/01/nw.D110000renmrb_20250701_1-04.htm
https://epaper.example.org/lyrb/20211022/page_01.pdf
http://www.0437.com/`,
  },
  {
    name: 'url: long with Chinese query',
    text: `https://www.example.com/search?q=%E9%94%BB%E9%80%A0%E6%B0%91%E6%97%8F%E5%A4%8D%E5%85%B4&page=2&sort=date&from=2025-01-01&to=2025-07-01
https://www.example.com/search?q=中流砥柱&page=3`,
  },
  {
    name: 'address: Chinese block',
    text: `收件人：李明
电话：13912345678
地址：吉林省辽源市龙山区人民大街123号
辽源日报社编辑部
邮编：136200`,
  },
  {
    name: 'address: list of Chinese addresses',
    text: `北京市东城区东长安街1号
上海市黄浦区人民大道200号
广州市越秀区府前路1号
深圳市福田区福中三路市民中心
成都市高新区锦城大道366号
呼和浩特市金桥开发区世纪七路传媒大厦
山西省吕梁市离石区龙凤南大街`,
  },
  {
    name: 'address: English',
    text: `Ms. Jane Doe
Editorial Department
The Daily Herald
1200 Market Street, Suite 400
San Francisco, CA 94103
United States`,
  },
  // ------------------------------------------------------------ misc
  {
    name: 'subtitles: SRT, Chinese',
    text: `1
00:00:01,000 --> 00:00:03,500
大家好，欢迎收看今天的新闻

2
00:00:03,600 --> 00:00:07,200
今天的主要内容有

3
00:00:07,300 --> 00:00:10,000
全市秋粮收获进度过半`,
  },
  {
    name: 'log: server output',
    text: `2025-07-01T10:02:11.532Z INFO  server listening on :8080
2025-07-01T10:02:15.004Z WARN  slow request GET /api/clips 1203ms
2025-07-01T10:02:16.871Z ERROR database timeout after 5000ms
2025-07-01T10:02:17.002Z INFO  retrying connection (1/3)`,
  },
  {
    name: 'zh: newspaper office contact block (furniture, no body)',
    text: `辽源日报社出版
国内统一刊号：CN22-0010
总第8381期 今日4版
编辑：王明 美编：李华 校对：张强
地址：辽源市龙山区人民大街123号
电话：0437-3249118`,
  },
  {
    name: 'zh: recipe steps',
    text: `番茄炒蛋的做法
鸡蛋打散，加少许盐搅匀。
番茄洗净切块，葱切末备用。
锅中放油，油热后倒入蛋液，炒至凝固盛出。
锅中再放少许油，下番茄块翻炒出汁。
倒入炒好的鸡蛋，加盐和少许白糖调味。
翻炒均匀，撒上葱花即可出锅。`,
  },
];
