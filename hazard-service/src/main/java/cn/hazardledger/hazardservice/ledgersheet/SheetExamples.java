package cn.hazardledger.hazardservice.ledgersheet;

/** Examples of answers for the API document. */
final class SheetExamples {

    private SheetExamples() {
    }

    private static final String PROBLEM = "https://hazard-ledger.cn/problems/";

    static final String TOO_MANY = "{\"type\":\"" + PROBLEM + "validation\",\"title\":\"请求参数不合法 / invalid request\","
            + "\"status\":400,\"detail\":\"filters: the filters select 312408 hazards, more than the 200000 one export "
            + "holds: narrow them, e.g. by reportedFrom and reportedTo (筛选结果超过单次导出上限，请缩小范围，如按上报日期分段导出)\","
            + "\"errors\":[{\"field\":\"filters\",\"reason\":\"the filters select 312408 hazards, more than the 200000 one "
            + "export holds: narrow them, e.g. by reportedFrom and reportedTo (筛选结果超过单次导出上限，请缩小范围，如按上报日期分段导出)\"}]}";

    static final String BAD_FILTER = "{\"type\":\"" + PROBLEM + "validation\",\"title\":\"请求参数不合法 / invalid request\","
            + "\"status\":400,\"detail\":\"industry: must be one of ROAD_TRAFFIC, CONSTRUCTION, GAS, ...\","
            + "\"errors\":[{\"field\":\"industry\",\"reason\":\"must be one of ROAD_TRAFFIC, CONSTRUCTION, GAS, ...\"}]}";

    static final String BAD_ROWS = "{\"type\":\"" + PROBLEM + "validation\",\"title\":\"请求参数不合法 / invalid request\","
            + "\"status\":400,\"detail\":\"台账文件有 2 处问题，未导入任何内容 / the ledger file has 2 problem(s); nothing was imported\","
            + "\"errors\":[{\"field\":\"整改期限\",\"reason\":\"第7行「整改期限」：日期格式应为 yyyy-MM-dd，如 2026-12-31\"},"
            + "{\"field\":\"行业\",\"reason\":\"第9行「行业」：无法识别“木材加工”，应为：道路交通、建筑施工、燃气、消防、危险化学品、工贸、烟花爆竹、矿山、自建房、水上交通、其他\"}],"
            + "\"problems\":[{\"row\":7,\"column\":\"整改期限\",\"reason\":\"日期格式应为 yyyy-MM-dd，如 2026-12-31\"},"
            + "{\"row\":9,\"column\":\"行业\",\"reason\":\"无法识别“木材加工”，应为：道路交通、建筑施工、燃气、消防、危险化学品、工贸、烟花爆竹、矿山、自建房、水上交通、其他\"}],"
            + "\"problemCount\":2}";

    static final String MISSING_FILE = "{\"type\":\"" + PROBLEM + "validation\",\"title\":\"请求参数不合法 / invalid request\","
            + "\"status\":400,\"detail\":\"file: is required: a multipart/form-data part holding the ledger as XLSX or CSV\","
            + "\"errors\":[{\"field\":\"file\",\"reason\":\"is required: a multipart/form-data part holding the ledger as XLSX or CSV\"}]}";

    static final String TOO_LARGE = "{\"type\":\"" + PROBLEM + "payload-too-large\",\"title\":\"请求体过大 / request body "
            + "too large\",\"status\":413,\"detail\":\"the file is larger than 10485760 bytes (10 MiB): split the ledger by year\"}";

    static final String WRONG_TYPE = "{\"type\":\"" + PROBLEM + "unsupported-media-type\",\"title\":\"不支持的内容类型 / "
            + "unsupported media type\",\"status\":415,\"detail\":\"文件是旧版 Excel 97-2003（.xls）或加密的工作簿：请在 Excel 中"
            + "另存为“Excel 工作簿（.xlsx）”，或“CSV UTF-8（逗号分隔）”\"}";

    static final String IMPORTED = "{\"importId\":\"5b0e8f3a-2c41-4d7e-9a6b-1f2e3d4c5b6a\","
            + "\"fileSha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"fileName\":\"三星乡隐患台账2024.xlsx\","
            + "\"format\":\"XLSX\",\"rows\":120,\"created\":118,\"alreadyPresent\":2,\"ignoredColumns\":[\"备注\"]}";
}
