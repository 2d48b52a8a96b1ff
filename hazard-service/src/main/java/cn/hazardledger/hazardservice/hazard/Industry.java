package cn.hazardledger.hazardservice.hazard;

/** 行业领域, as the seed notices list them. */
public enum Industry {
    ROAD_TRAFFIC, CONSTRUCTION, GAS, FIRE, HAZARDOUS_CHEMICALS, INDUSTRY_TRADE, FIREWORKS, MINING,
    SELF_BUILT_HOUSING, WATER_TRAFFIC, OTHER
}
