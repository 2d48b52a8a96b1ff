package cn.hazardledger.launcher.ledgerbench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words the bench's hazards are written with: per industry, the places where hazards are found and the
 * defects inspectors write down, as township ledgers phrase them. Titles are place + defect, descriptions add
 * where exactly, what was seen and what it risks, so that a search word such as 消防通道, 粉尘, 燃气 or 配电箱 matches
 * the share of hazards it would in a real county (a few per cent each), not all or none.
 */
final class Corpus {

    /** The five counties under one city (重庆市, codes 5002xx), each with ten townships. */
    static final List<String> COUNTIES = List.of("500229", "500230", "500231", "500235", "500236");
    static final List<String> COUNTY_NAMES = List.of("城口县", "丰都县", "垫江县", "云阳县", "奉节县");
    static final List<String> TOWNSHIP_NAMES = List.of("龙河镇", "高家镇", "三合镇", "兴义镇", "双路镇", "仁沙乡",
            "栗子乡", "太平坝乡", "都督乡", "青龙乡", "南天湖镇", "江池镇", "保合镇", "许明寺镇", "包家镇", "湛普镇",
            "新民镇", "虎城镇", "永安镇", "白沙镇");
    static final List<String> VILLAGE_NAMES = List.of("石桥村", "红花村", "龙井村", "青杠村", "团结村", "金竹村",
            "新华村", "柏林村", "双河村", "水口村");

    record Defect(String text, String risk) {
    }

    private static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("FIRE", List.of("农家乐", "敬老院", "宾馆", "网吧", "KTV", "超市", "小学宿舍", "商铺", "自建出租房", "卫生院")),
            Map.entry("INDUSTRY_TRADE", List.of("木材加工厂", "家具厂", "面粉厂", "机械加工厂", "铝制品厂", "饲料厂",
                    "纺织厂", "食品加工厂", "建材厂", "砖厂")),
            Map.entry("CONSTRUCTION", List.of("安置房工地", "学校改扩建工地", "道路施工现场", "厂房建设工地", "桥梁施工现场",
                    "民房修建现场")),
            Map.entry("ROAD_TRAFFIC", List.of("村道急弯路段", "场镇路口", "客运班线", "校车接送点", "临水临崖路段", "货运车辆")),
            Map.entry("GAS", List.of("餐馆", "小吃店", "瓶装液化气供应站", "学校食堂", "农家乐厨房", "火锅店")),
            Map.entry("HAZARDOUS_CHEMICALS", List.of("加油站", "化工原料仓库", "农药经营店", "油漆经营部", "危化品运输车辆")),
            Map.entry("FIREWORKS", List.of("烟花爆竹零售点", "烟花爆竹批发仓库", "集市临时摊点")),
            Map.entry("MINING", List.of("采石场", "砂石厂", "页岩砖厂取土场", "废弃矿洞")),
            Map.entry("SELF_BUILT_HOUSING", List.of("自建房", "临街自建商铺", "经营性自建房", "老旧民房")),
            Map.entry("WATER_TRAFFIC", List.of("渡口", "渡船", "库区码头", "游船")),
            Map.entry("OTHER", List.of("废弃厂房", "农贸市场", "广场", "河道堤岸", "村委会办公楼")));

    private static final Map<String, List<Defect>> DEFECTS = Map.ofEntries(
            Map.entry("FIRE", List.of(new Defect("消防通道堆放杂物", "发生火灾时人员无法及时疏散"),
                    new Defect("疏散通道被占用", "影响人员疏散"), new Defect("灭火器过期失效", "初起火灾无法扑救"),
                    new Defect("电动车在楼道内充电", "易引发火灾"), new Defect("配电箱周边堆放可燃物", "易引发电气火灾"),
                    new Defect("电线私拉乱接", "易引发电气火灾"), new Defect("安全出口上锁", "发生火灾时无法疏散"),
                    new Defect("应急照明灯损坏", "夜间疏散困难"), new Defect("消防通道被车辆堵塞", "消防车无法到达"))),
            Map.entry("INDUSTRY_TRADE", List.of(new Defect("除尘系统未接地", "存在粉尘爆炸风险"),
                    new Defect("粉尘清扫不及时", "积尘遇火源可能发生粉尘爆炸"), new Defect("设备防护罩缺失", "易造成机械伤害"),
                    new Defect("配电箱未上锁且无警示标志", "易造成触电"), new Defect("员工未佩戴防护用品", "易造成职业伤害"),
                    new Defect("叉车司机无证驾驶", "易发生车辆伤害"), new Defect("有限空间作业未审批", "易发生中毒窒息"))),
            Map.entry("CONSTRUCTION", List.of(new Defect("临边洞口无防护", "易发生高处坠落"),
                    new Defect("脚手架连墙件缺失", "脚手架有坍塌风险"), new Defect("施工用电配电箱未设漏电保护", "易造成触电"),
                    new Defect("深基坑未按方案支护", "有坍塌风险"), new Defect("塔吊限位装置失效", "易发生起重伤害"),
                    new Defect("作业人员未系安全带", "易发生高处坠落"))),
            Map.entry("ROAD_TRAFFIC", List.of(new Defect("无警示标志和护栏", "车辆易坠崖"), new Defect("接送学生车辆超员", "易发生群死群伤事故"),
                    new Defect("面包车超载", "易发生交通事故"), new Defect("驾驶员疲劳驾驶", "易发生交通事故"),
                    new Defect("减速带损坏", "车辆通行速度过快"))),
            Map.entry("GAS", List.of(new Defect("液化气钢瓶与灶具同室存放", "泄漏时易发生燃气爆炸"),
                    new Defect("未安装可燃气体报警装置", "燃气泄漏不能及时发现"), new Defect("燃气软管老化龟裂", "燃气泄漏"),
                    new Defect("燃气管道穿越卧室", "燃气泄漏致人中毒"), new Defect("使用过期液化气钢瓶", "钢瓶破裂燃气泄漏"),
                    new Defect("燃气灶具无熄火保护装置", "燃气泄漏"))),
            Map.entry("HAZARDOUS_CHEMICALS", List.of(new Defect("卸油区静电接地报警装置失效", "静电引发火灾爆炸"),
                    new Defect("危险化学品混存", "发生化学反应引发火灾"), new Defect("储存场所未设置防爆电器", "遇火花爆炸"),
                    new Defect("从业人员未经培训上岗", "操作失误引发事故"))),
            Map.entry("FIREWORKS", List.of(new Defect("超量储存烟花爆竹", "发生火灾时引发爆炸"),
                    new Defect("零售点与居住场所未分隔", "一旦着火危及居民"), new Defect("店内吸烟无人制止", "易引燃烟花爆竹"))),
            Map.entry("MINING", List.of(new Defect("边坡未按设计分台阶开采", "边坡垮塌"), new Defect("爆破作业无专人警戒", "爆破飞石伤人"),
                    new Defect("废弃矿洞未封闭", "人员误入发生窒息坠落"))),
            Map.entry("SELF_BUILT_HOUSING", List.of(new Defect("墙体开裂仍作民宿经营", "房屋倒塌"),
                    new Defect("擅自加层改变结构", "房屋倒塌"), new Defect("承重墙被拆除", "房屋倒塌"))),
            Map.entry("WATER_TRAFFIC", List.of(new Defect("渡船未配救生衣", "落水人员无法自救"), new Defect("超载运输乘客", "船舶翻沉"),
                    new Defect("恶劣天气冒险航行", "船舶翻沉"))),
            Map.entry("OTHER", List.of(new Defect("疑似存放危险化学品", "泄漏或火灾"), new Defect("护栏缺失", "人员坠落"),
                    new Defect("配电箱箱门损坏", "触电"))));

    private static final List<String> SPOTS = List.of("一楼", "二楼", "后院", "厨房", "仓库", "楼梯间", "作业区", "门口",
            "东侧", "西侧");
    private static final List<String> SEEN = List.of("现场检查发现", "网格员巡查发现", "企业自查发现", "群众反映", "督导检查时发现");
    private static final List<String> TRADE_NAMES = List.of("鑫源", "兴旺", "顺发", "好再来", "宏达", "长江", "金山",
            "福满楼", "永兴", "和平", "明珠", "新世纪", "富民", "华盛", "吉祥", "红星");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
            "谭", "向", "冉", "秦");
    static final List<String> GIVEN = List.of("伟", "芳", "建国", "明", "丽", "强", "军", "红", "平", "勇", "华", "德文",
            "小兵", "秀英", "国庆");
    static final List<String> FUND_SOURCES = List.of("企业自筹", "企业自筹", "企业自筹", "乡镇财政", "县级财政专项", "村集体");
    static final List<String> MEASURES = List.of("立即清理并落实专人管理", "更换并加装报警装置", "停业整改并组织培训",
            "设置警示标志和防护设施", "委托专业单位检测维修", "拆除违规设施，恢复原状");

    private Corpus() {
    }

    static List<String> places(String industry) {
        return PLACES.get(industry);
    }

    static List<Defect> defects(String industry) {
        return DEFECTS.get(industry);
    }

    static String person(Random r) {
        return pick(r, SURNAMES) + pick(r, GIVEN);
    }

    static String tradeName(int index) {
        return TRADE_NAMES.get(index % TRADE_NAMES.size());
    }

    static String spot(Random r) {
        return pick(r, SPOTS);
    }

    static String seen(Random r) {
        return pick(r, SEEN);
    }

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
