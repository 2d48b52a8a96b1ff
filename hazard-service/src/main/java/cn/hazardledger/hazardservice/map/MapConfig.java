package cn.hazardledger.hazardservice.map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The GIS layer (hazard-service/README.md, "Maps"). */
@ConfigMapping(prefix = "maps")
public interface MapConfig {

    /**
     * Features answered at most per request, newest first; a layer that needs more narrows by bbox or filters.
     * Ten thousand points are about 3 MB of GeoJSON, what a browser map still draws without clustering.
     */
    @WithDefault("10000")
    int maxFeatures();
}
