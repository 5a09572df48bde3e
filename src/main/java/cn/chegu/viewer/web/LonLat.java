package cn.chegu.viewer.web;

/** A WGS84 position given in a request, checked to be finite and on the globe. */
record LonLat(double lon, double lat) {

  LonLat {
    if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("lon must be a number from -180 to 180, got " + lon);
    }
    if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
      throw new IllegalArgumentException("lat must be a number from -90 to 90, got " + lat);
    }
  }
}
