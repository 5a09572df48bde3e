"""Opens a QGIS project headless and prints what QGIS made of it, as JSON on the last line.

Usage: QT_QPA_PLATFORM=offscreen python3 open_project.py PROJECT.qgz
Per layer: name, provider, source, valid, feature count, geometry type, renderer type and number of
categories/ranges, labelling; plus the project CRS and the default view extent in EPSG:4326.
"""
import json
import sys

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsProject, QgsWkbTypes)

app = QgsApplication([], False)
app.initQgis()
messages = []
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: messages.append(f"{tag}: {message}"))
project = QgsProject.instance()
if not project.read(sys.argv[1]):
    print(json.dumps({"error": "QGIS could not read " + sys.argv[1]}))
    sys.exit(2)
layers = []
for layer in project.layerTreeRoot().findLayers():
    l = layer.layer()
    r = l.renderer() if l is not None and l.isValid() else None
    layers.append({
        "name": layer.name(),
        "id": l.id() if l else None,
        "provider": l.providerType() if l else None,
        "source": l.source() if l else None,
        "valid": bool(l and l.isValid()),
        "count": l.featureCount() if l and l.isValid() else -1,
        "counted": sum(1 for _ in l.getFeatures()) if l and l.isValid() else -1,
        "geometry": QgsWkbTypes.displayString(l.wkbType()) if l else None,
        "renderer": r.type() if r else None,
        "classes": len(r.categories()) if r and r.type() == "categorizedSymbol"
        else len(r.ranges()) if r and r.type() == "graduatedSymbol" else 1,
        "labels": bool(l and l.labelsEnabled()),
        "visible": layer.isVisible(),
    })
extent = project.viewSettings().defaultViewExtent()
wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
box = QgsCoordinateTransform(extent.crs(), wgs84, project).transformBoundingBox(extent)
print(json.dumps({
    "crs": project.crs().authid(),
    "extent": [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()],
    "layers": layers,
    "messages": messages[-40:],
}, ensure_ascii=False))
