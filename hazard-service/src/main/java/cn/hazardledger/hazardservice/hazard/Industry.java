package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 行业领域, as the seed notices list them. */
@Schema(description = "行业领域 / industry: ROAD_TRAFFIC 道路交通, CONSTRUCTION 建筑施工, GAS 燃气, FIRE 消防, HAZARDOUS_CHEMICALS 危险化学品, INDUSTRY_TRADE 工贸, FIREWORKS 烟花爆竹, MINING 矿山, SELF_BUILT_HOUSING 自建房, WATER_TRAFFIC 水上交通, OTHER 其他")
public enum Industry {
    ROAD_TRAFFIC, CONSTRUCTION, GAS, FIRE, HAZARDOUS_CHEMICALS, INDUSTRY_TRADE, FIREWORKS, MINING,
    SELF_BUILT_HOUSING, WATER_TRAFFIC, OTHER
}
