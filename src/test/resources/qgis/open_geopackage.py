"""Opens every table of a styled GeoPackage headless, as QGIS opens a layer (its default style from
layer_styles applied), and prints what QGIS made of it, as JSON on the last line.

Usage: QT_QPA_PLATFORM=offscreen python3 open_geopackage.py VIEW.gpkg
Per table of layer_styles: valid, feature count, features read, geometry type, renderer type, the
colour (#rrggbb) of each category / range / the single symbol, labelling, and the style name QGIS
reports as the layer's default.
"""
import json
import sqlite3
import sys

from qgis.core import QgsApplication, QgsVectorLayer, QgsWkbTypes

path = sys.argv[1]
db = sqlite3.connect(path)
styles = db.execute(
    "SELECT f_table_name, f_geometry_column, styleName, useAsDefault FROM layer_styles").fetchall()
contents = {t: d for t, d in db.execute("SELECT table_name, data_type FROM gpkg_contents")}
db.close()

app = QgsApplication([], False)
app.initQgis()
layers = []
for table, column, style_name, default in styles:
    l = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    r = l.renderer() if l.isValid() else None
    colours = {}
    if r is not None and r.type() == "categorizedSymbol":
        colours = {str(c.value()): c.symbol().color().name() for c in r.categories()}
    elif r is not None and r.type() == "graduatedSymbol":
        colours = {repr(float(g.lowerValue())): g.symbol().color().name() for g in r.ranges()}
    elif r is not None and r.type() == "singleSymbol":
        colours = {"": r.symbol().color().name()}
    layers.append({
        "table": table,
        "geometryColumn": column,
        "styleName": style_name,
        "useAsDefault": bool(default),
        "dataType": contents.get(table),
        "valid": l.isValid(),
        "count": l.featureCount() if l.isValid() else -1,
        "counted": sum(1 for _ in l.getFeatures()) if l.isValid() else -1,
        "geometry": QgsWkbTypes.displayString(l.wkbType()),
        "renderer": r.type() if r else None,
        "colours": colours,
        "labels": bool(l.labelsEnabled()),
        "styles": l.listStylesInDatabase()[2] if l.isValid() else [],
    })
print(json.dumps({"layers": layers, "contents": contents}, ensure_ascii=False))
