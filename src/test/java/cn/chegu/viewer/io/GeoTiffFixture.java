package cn.chegu.viewer.io;

import java.util.List;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.util.TiffConstants;

/** The 3 × 3 population raster drawn in {@link GeoTiffSourceTest}, written as a GeoTIFF. */
public final class GeoTiffFixture {

  private GeoTiffFixture() {}

  /** Upper-left corner (UTM 50N metres): 114.15 E, 30.45 N rounded to the 100 m grid. */
  public static final double X0 = 226_400;

  public static final double Y0 = 3_372_500;

  static final float[][] PEOPLE = {
    {10.4f, 0f, 5.2f},
    {0.3f, 9999f, 20.0f},
    {0.3f, 0.3f, 7.5f}
  };

  /** The raster above as GeoTIFF bytes: PixelIsArea, the EPSG code, GDAL_NODATA 9999. */
  public static byte[] raster(int epsg) throws Exception {
    int w = 3;
    int h = 3;
    Rasters rasters = new Rasters(w, h, 1, FieldType.FLOAT);
    FileDirectory d = new FileDirectory();
    d.setImageWidth(w);
    d.setImageHeight(h);
    d.setBitsPerSample(FieldType.FLOAT.getBits());
    d.setCompression(TiffConstants.COMPRESSION_NO);
    d.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
    d.setSamplesPerPixel(1);
    d.setRowsPerStrip(rasters.calculateRowsPerStrip(TiffConstants.PLANAR_CONFIGURATION_CHUNKY));
    d.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
    d.setSampleFormat(TiffConstants.SAMPLE_FORMAT_FLOAT);
    d.setWriteRasters(rasters);
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        rasters.setFirstPixelSample(col, row, PEOPLE[row][col]);
      }
    }
    d.setDoubleListEntryValue(FieldTagType.ModelPixelScale, List.of(100.0, 100.0, 0.0));
    d.setDoubleListEntryValue(FieldTagType.ModelTiepoint, List.of(0.0, 0.0, 0.0, X0, Y0, 0.0));
    // GeoKeyDirectory: version 1.1.0, 3 keys: model type projected, PixelIsArea, the EPSG code
    List<Integer> keys = List.of(1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, epsg);
    d.addEntry(
        new FileDirectoryEntry(FieldTagType.GeoKeyDirectory, FieldType.SHORT, keys.size(), keys));
    d.addEntry(
        new FileDirectoryEntry(FieldTagType.GDAL_NODATA, FieldType.ASCII, 5, List.of("9999")));
    return TiffWriter.writeTiffToBytes(new TIFFImage(d));
  }
}
