<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lift3d</name>
    <message>
        <source>%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or TIFF photo of an object.</source>
        <translation>%1 ist kein Bild, das Lift3D lesen kann. Verwenden Sie ein PNG-, JPEG-, WebP-, BMP-, GIF- oder TIFF-Foto eines Objekts.</translation>
    </message>
    <message>
        <source>%1 declares an empty picture (%2 x %3 pixels). Use another image.</source>
        <translation>%1 gibt ein leeres Bild an (%2 x %3 Pixel). Verwenden Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 x 30000 pixels, or scale it down first.</source>
        <translation>%1 ist zu groß (%2 x %3 Pixel). Verwenden Sie ein Bild mit höchstens etwa 30000 x 30000 Pixeln, oder verkleinern Sie es vorher.</translation>
    </message>
    <message>
        <source>%1 is too large to open in this format (%2 x %3 pixels). Save it as PNG or JPEG, or scale it down first.</source>
        <translation>%1 ist zu groß, um in diesem Format geöffnet zu werden (%2 x %3 Pixel). Speichern Sie es als PNG oder JPEG, oder verkleinern Sie es vorher.</translation>
    </message>
    <message>
        <source>%1 is too large to open in this form (%2 x %3 pixels). Save it as an RGB PNG or a JPEG, or scale it down first.</source>
        <translation>%1 ist zu groß, um in dieser Form geöffnet zu werden (%2 x %3 Pixel). Speichern Sie es als RGB-PNG oder als JPEG, oder verkleinern Sie es vorher.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; try another copy.</source>
        <translation>%1 scheint ein %2-Bild zu sein, konnte aber nicht dekodiert werden (%3). Die Datei ist möglicherweise beschädigt oder unvollständig; versuchen Sie es mit einer anderen Kopie.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>Die Datei %1 existiert nicht. Überprüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. Choose an image inside it.</source>
        <translation>%1 ist ein Ordner, keine Bilddatei. Wählen Sie ein Bild darin aus.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that you are allowed to read it.</source>
        <translation>%1 kann nicht geöffnet werden (%2). Überprüfen Sie, ob Sie die Berechtigung zum Lesen haben.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Choose an image file with content.</source>
        <translation>%1 ist leer (0 Byte). Wählen Sie eine Bilddatei mit Inhalt.</translation>
    </message>
    <message>
        <source>%1 is empty. Paste or drop an image with content.</source>
        <translation>%1 ist leer. Fügen Sie ein Bild mit Inhalt ein oder legen Sie eines hier ab.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no mesh to export yet. Generate or open a mesh first.</source>
        <translation>Es gibt noch kein Mesh zum Exportieren. Generieren oder öffnen Sie zuerst ein Mesh.</translation>
    </message>
    <message>
        <source>The export scale must be a positive number.</source>
        <translation>Der Exportmaßstab muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 ist ein Ordner. Geben Sie einen Dateinamen für den Export an.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1. Choose a folder you can write to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: the exporter wrote nothing.</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: Der Exporter hat nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1 completely. Free some disk space or choose another folder.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not move the exported file into place at %1. Check the folder&apos;s permissions.</source>
        <translation>Die exportierte Datei konnte nicht nach %1 verschoben werden. Überprüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Could not read the mesh %1 (%2). Check that it is a complete 3D file in a format such as glTF, OBJ, PLY, STL or FBX.</source>
        <translation>Das Mesh %1 konnte nicht gelesen werden (%2). Überprüfen Sie, ob es eine vollständige 3D-Datei in einem Format wie glTF, OBJ, PLY, STL oder FBX ist.</translation>
    </message>
    <message>
        <source>The file %1 contains no triangles. Open a file with a surface mesh.</source>
        <translation>Die Datei %1 enthält keine Dreiecke. Öffnen Sie eine Datei mit einem Oberflächen-Mesh.</translation>
    </message>
    <message>
        <source>The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.</source>
        <translation>Das Modellmanifest %1 kann nicht gelesen werden. Installieren Sie Lift3D neu oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.</source>
        <translation>Das Modellmanifest %1 ist beschädigt (%2). Installieren Sie Lift3D neu oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model %1 has format version %2, but this Lift3D reads version %3. Use a model made for this version.</source>
        <translation>Das Modell %1 hat die Formatversion %2, diese Lift3D-Version liest aber Version %3. Verwenden Sie ein Modell, das für diese Version erstellt wurde.</translation>
    </message>
    <message>
        <source>The model weights %1 are missing. Reinstall Lift3D or choose another model.</source>
        <translation>Die Modellgewichte %1 fehlen. Installieren Sie Lift3D neu oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model weights %1 fail their checksum: the file is damaged or incomplete. Reinstall Lift3D or download the model again.</source>
        <translation>Die Prüfsumme der Modellgewichte %1 stimmt nicht: Die Datei ist beschädigt oder unvollständig. Installieren Sie Lift3D neu oder laden Sie das Modell erneut herunter.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model manifest was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde kein Modellmanifest gefunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Training command</source>
        <translation>Trainingsbefehl</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>About Lift3D</source>
        <translation>Über Lift3D</translation>
    </message>
    <message>
        <source>One photo of an object in, a 3D mesh out, offline on an ordinary CPU. A latent shortcut-flow model (after Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) samples in 1 step for the preview and in many steps for the final mesh.</source>
        <translation>Ein Foto eines Objekts hinein, ein 3D-Mesh heraus – offline auf einer gewöhnlichen CPU. Ein latentes Shortcut-Flow-Modell (nach Frans et al., „One Step Diffusion via Shortcut Models“) erzeugt die Vorschau in 1 Schritt und das endgültige Mesh in vielen Schritten.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliotheken und Lizenzen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Left drag: orbit</source>
        <translation>Ziehen mit linker Maustaste: Ansicht drehen</translation>
    </message>
    <message>
        <source>Shift + left drag or middle drag: pan</source>
        <translation>Umschalt + Ziehen mit linker Maustaste oder Ziehen mit mittlerer Maustaste: Ansicht verschieben</translation>
    </message>
    <message>
        <source>Wheel: zoom toward the cursor</source>
        <translation>Mausrad: zum Mauszeiger hin zoomen</translation>
    </message>
    <message>
        <source>Double click: frame the mesh</source>
        <translation>Doppelklick: Mesh einpassen</translation>
    </message>
    <message>
        <source>Ctrl + left drag: drag the mesh out as a .glb file</source>
        <translation>Strg + Ziehen mit linker Maustaste: Mesh als .glb-Datei herausziehen</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose an image file.</source>
        <translation>%1 ist keine normale Datei (sondern eine Pipe, ein Socket oder ein Gerät). Wählen Sie eine Bilddatei.</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some disk space or choose another folder.</source>
        <translation>Für %1 ist nicht genug Speicherplatz frei (%2 KB benötigt, %3 KB frei). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The model manifest %1 names its weights as &quot;%2&quot;; they must be a file beside the manifest. Reinstall Lift3D or choose another model.</source>
        <translation>Das Modell-Manifest %1 nennt als Gewichte „%2“; sie müssen eine Datei neben dem Manifest sein. Installieren Sie Lift3D neu oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 seconds and was stopped; the file is probably damaged. Try another copy or another format.</source>
        <translation>Das Lesen von %1 dauerte länger als %2 Sekunden und wurde beendet; die Datei ist vermutlich beschädigt. Versuchen Sie eine andere Kopie oder ein anderes Format.</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly on %1; the file is damaged or uses features it cannot handle. Try another copy or another format.</source>
        <translation>Das Einlesen von %1 brach unerwartet ab; die Datei ist beschädigt oder nutzt Funktionen, die der Leser nicht beherrscht. Versuchen Sie eine andere Kopie oder ein anderes Format.</translation>
    </message>
    <message>
        <source>Could not read the mesh %1.</source>
        <translation>Das Mesh %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The reader returned an incomplete mesh for %1. Try another copy or another format.</source>
        <translation>Der Leser lieferte für %1 ein unvollständiges Mesh. Versuchen Sie eine andere Kopie oder ein anderes Format.</translation>
    </message>
    <message>
        <source>The catalog %1 does not exist. Install Debian&apos;s sweethome3d-furniture package.</source>
        <translation>Der Katalog %1 existiert nicht. Installieren Sie das Debian-Paket sweethome3d-furniture.</translation>
    </message>
    <message>
        <source>%1 is not a Sweet Home 3D furniture catalog (no PluginFurnitureCatalog.properties inside).</source>
        <translation>%1 ist kein Möbelkatalog von Sweet Home 3D (keine PluginFurnitureCatalog.properties enthalten).</translation>
    </message>
    <message>
        <source>No dataset at %1. Build it with: lift3d-data --output %1</source>
        <translation>Kein Datensatz unter %1. Erstellen Sie ihn mit: lift3d-data --output %1</translation>
    </message>
    <message>
        <source>IoU needs two fields on the same lattice.</source>
        <translation>IoU benötigt zwei Felder auf demselben Gitter.</translation>
    </message>
    <message>
        <source>The scalar grid is malformed: it needs at least 2 samples per axis and one value per sample.</source>
        <translation>Das Skalargitter ist fehlerhaft: Es benötigt mindestens 2 Abtastpunkte pro Achse und einen Wert pro Abtastpunkt.</translation>
    </message>
    <message>
        <source>A mesh cannot be simplified below 4 triangles; ask for a face count of 4 or more.</source>
        <translation>Ein Mesh kann nicht auf weniger als 4 Dreiecke vereinfacht werden; geben Sie eine Flächenanzahl von 4 oder mehr an.</translation>
    </message>
    <message>
        <source>Taubin smoothing needs 0 &lt; lambda &lt; 1 and mu &lt; -lambda; use the defaults (0.5, -0.53).</source>
        <translation>Die Taubin-Glättung erfordert 0 &lt; lambda &lt; 1 und mu &lt; -lambda; verwenden Sie die Standardwerte (0.5, -0.53).</translation>
    </message>
    <message>
        <source>Internal error: the image and its mask differ in size, or the model input size is invalid. Please report this.</source>
        <translation>Interner Fehler: Bild und Maske unterscheiden sich in der Größe, oder die Eingabegröße des Modells ist ungültig. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>No object found in the image. Use a photo of one object in front of a plain background, or an image with a transparent background.</source>
        <translation>Im Bild wurde kein Objekt gefunden. Verwenden Sie ein Foto eines einzelnen Objekts vor einem einfarbigen Hintergrund oder ein Bild mit transparentem Hintergrund.</translation>
    </message>
    <message>
        <source>The image is too small (%1 x %2 pixels) to find an object in. Use a photo at least 64 pixels across.</source>
        <translation>Das Bild ist zu klein (%1 x %2 Pixel), um darin ein Objekt zu finden. Verwenden Sie ein Foto mit mindestens 64 Pixeln Kantenlänge.</translation>
    </message>
    <message>
        <source>The model weights %1 do not fit this Lift3D (%2). Use a model made for this version.</source>
        <translation>Die Modellgewichte %1 passen nicht zu dieser Lift3D-Version (%2). Verwenden Sie ein Modell, das für diese Version erstellt wurde.</translation>
    </message>
    <message>
        <source>%1 is not a usable Lift3D TorchScript model (%2). See &quot;Bring your own model&quot; in docs/model.md.</source>
        <translation>%1 ist kein verwendbares TorchScript-Modell für Lift3D (%2). Siehe „Bring your own model“ in docs/model.md.</translation>
    </message>
    <message>
        <source>The TorchScript model failed: %1</source>
        <translation>Das TorchScript-Modell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Lift3D model %1 (%2 training views)</source>
        <translation>Lift3D-Modell %1 (%2 Trainingsansichten)</translation>
    </message>
    <message>
        <source>TorchScript model %1</source>
        <translation>TorchScript-Modell %1</translation>
    </message>
    <message>
        <source>Lift3D works offline and does not download %1. Save the image to your computer, then drop the file.</source>
        <translation>Lift3D arbeitet offline und lädt %1 nicht herunter. Speichern Sie das Bild auf Ihrem Computer und legen Sie dann die Datei ab.</translation>
    </message>
    <message>
        <source>What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file.</source>
        <translation>Das Abgelegte ist weder ein Bild noch eine Datei. Legen Sie ein Foto eines Objekts oder eine Mesh-Datei ab.</translation>
    </message>
    <message>
        <source>Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)</source>
        <translation>Bilder (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Test shape (no model)</source>
        <translation>Testform (kein Modell)</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask the size of the picture.</source>
        <translation>Die Maske ist %1 x %2 Pixel groß, das Bild aber %3 x %4. Verwenden Sie eine Maske in der Größe des Bildes.</translation>
    </message>
    <message>
        <source>The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit greyscale PNG, or use a smaller picture and mask.</source>
        <translation>Die Maske %1 ist zu groß zum Öffnen (%2 x %3 Pixel). Speichern Sie sie als 8-Bit-Graustufen-PNG, oder verwenden Sie ein kleineres Bild mit kleinerer Maske.</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as an image editor shows it, camera orientation applied). Turn the mask to match the picture.</source>
        <translation>Die Maske %1 ist %2 x %3 Pixel groß und liegt gegenüber dem Bild auf der Seite (%4 x %5, wie ein Bildeditor es mit angewandter Kameraausrichtung zeigt). Drehen Sie die Maske passend zum Bild.</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the size of the picture as an image editor shows it.</source>
        <translation>Die Maske %1 ist %2 x %3 Pixel groß, das Bild aber %4 x %5. Machen Sie die Maske so groß wie das Bild, wie ein Bildeditor es zeigt.</translation>
    </message>
    <message>
        <source>The mask %1 has both transparency and varying colours, so it is unclear which marks the object. Save it in greyscale (the object white on black) or in one colour on transparency.</source>
        <translation>Die Maske %1 hat sowohl Transparenz als auch wechselnde Farben, daher ist unklar, was das Objekt markiert. Speichern Sie sie in Graustufen (das Objekt weiß auf Schwarz) oder in einer Farbe auf Transparenz.</translation>
    </message>
    <message>
        <source>The mask %1 marks no object: no pixel is light or opaque enough. Paint the object white on black, or opaque on transparency.</source>
        <translation>Die Maske %1 markiert kein Objekt: Kein Pixel ist hell oder deckend genug. Malen Sie das Objekt weiß auf Schwarz oder deckend auf Transparenz.</translation>
    </message>
    <message>
        <source>The mask file %1 does not exist. Check the path and try again.</source>
        <translation>Die Maskendatei %1 existiert nicht. Überprüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mask image. Choose the mask file inside it.</source>
        <translation>%1 ist ein Ordner, kein Maskenbild. Wählen Sie die Maskendatei darin aus.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose a mask image file.</source>
        <translation>%1 ist keine normale Datei (sondern eine Pipe, ein Socket oder ein Gerät). Wählen Sie eine Maskenbilddatei.</translation>
    </message>
    <message>
        <source>Cannot open the mask %1 (%2). Check that you are allowed to read it.</source>
        <translation>Die Maske %1 kann nicht geöffnet werden (%2). Überprüfen Sie, ob Sie die Berechtigung zum Lesen haben.</translation>
    </message>
    <message>
        <source>The mask %1 is empty (0 bytes). Choose a mask image with content.</source>
        <translation>Die Maske %1 ist leer (0 Byte). Wählen Sie ein Maskenbild mit Inhalt.</translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, white for the object and black for the background.</source>
        <translation>%1 ist kein Bild, das Lift3D als Maske lesen kann. Speichern Sie die Maske als PNG, weiß für das Objekt und schwarz für den Hintergrund.</translation>
    </message>
    <message>
        <source>The mask %1 declares an empty picture (%2 x %3 pixels). Save the mask again.</source>
        <translation>Die Maske %1 gibt ein leeres Bild an (%2 x %3 Pixel). Speichern Sie die Maske erneut.</translation>
    </message>
    <message>
        <source>The mask %1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; save the mask again.</source>
        <translation>Die Maske %1 scheint ein %2-Bild zu sein, konnte aber nicht dekodiert werden (%3). Die Datei ist möglicherweise beschädigt oder unvollständig; speichern Sie die Maske erneut.</translation>
    </message>
    <message>
        <source>There is no mask to save yet. Open a picture first.</source>
        <translation>Es gibt noch keine Maske zum Speichern. Öffnen Sie zuerst ein Bild.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save the mask to.</source>
        <translation>%1 ist ein Ordner. Geben Sie einen Dateinamen an, unter dem die Maske gespeichert wird.</translation>
    </message>
    <message>
        <source>The mask is too large to save (%1 x %2 pixels). Use a smaller picture.</source>
        <translation>Die Maske ist zu groß zum Speichern (%1 x %2 Pixel). Verwenden Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>Cannot write the mask %1 (%2). Choose a folder you can write to.</source>
        <translation>Die Maske %1 kann nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing the mask %1 failed (%2). Free some disk space or choose another folder.</source>
        <translation>Das Schreiben der Maske %1 ist fehlgeschlagen (%2). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Das Segmentierungsmodell %1 ist beschädigt (%2). Installieren Sie Lift3D neu; bis dahin werden Objekte anhand ihrer Hintergrundfarbe gefunden.</translation>
    </message>
    <message>
        <source>The segmentation model %1 does not fit this Lift3D (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Das Segmentierungsmodell %1 passt nicht zu diesem Lift3D (%2). Installieren Sie Lift3D neu; bis dahin werden Objekte anhand ihrer Hintergrundfarbe gefunden.</translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing. Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Das Segmentierungsmodell %1 fehlt. Installieren Sie Lift3D neu; bis dahin werden Objekte anhand ihrer Hintergrundfarbe gefunden.</translation>
    </message>
</context>
<context>
    <name>lift3d::ControlPanel</name>
    <message>
        <source>Quality of the final mesh</source>
        <translation>Qualität des endgültigen Meshs</translation>
    </message>
    <message>
        <source>Generate again (new seed)</source>
        <translation>Erneut generieren (neuer Seed)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>lift3d::ExportDialog</name>
    <message>
        <source>millimetres</source>
        <translation>Millimeter</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Export mesh</source>
        <translation>Mesh exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source>Simplify to at most this many triangles (meshoptimizer); keeps the shape&apos;s outline.</source>
        <translation>Auf höchstens so viele Dreiecke vereinfachen (meshoptimizer); der Umriss der Form bleibt erhalten.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation>Dreiecke:</translation>
    </message>
    <message>
        <source>Longest side:</source>
        <translation>Längste Seite:</translation>
    </message>
    <message>
        <source>glTF files are always in metres; the size is converted.</source>
        <translation>glTF-Dateien verwenden immer Meter; die Größe wird umgerechnet.</translation>
    </message>
    <message>
        <source>This format has no vertex colours; the mesh is written without its colours.</source>
        <translation>Dieses Format unterstützt keine Vertexfarben; das Mesh wird ohne seine Farben geschrieben.</translation>
    </message>
</context>
<context>
    <name>lift3d::GenerationController</name>
    <message>
        <source>The model %1 could not be loaded (%2). Reinstall Lift3D or choose another model file.</source>
        <translation>Das Modell %1 konnte nicht geladen werden (%2). Installieren Sie Lift3D neu oder wählen Sie eine andere Modelldatei.</translation>
    </message>
    <message>
        <source>The model is not available, so no mesh can be generated. See the message shown at start; mesh files can still be opened and exported.</source>
        <translation>Das Modell ist nicht verfügbar, daher kann kein Mesh generiert werden. Beachten Sie die beim Start angezeigte Meldung; Mesh-Dateien können weiterhin geöffnet und exportiert werden.</translation>
    </message>
    <message>
        <source>No model is loaded yet. Wait a moment and try again.</source>
        <translation>Es ist noch kein Modell geladen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Generation failed (%1). Try another image.</source>
        <translation>Die Generierung ist fehlgeschlagen (%1). Versuchen Sie es mit einem anderen Bild.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen (%1). Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>lift3d::InputThumbnail</name>
    <message>
        <source>The photo you drop appears here, with the object Lift3D found outlined.</source>
        <translation>Hier erscheint das abgelegte Foto; das von Lift3D gefundene Objekt wird umrandet.</translation>
    </message>
    <message>
        <source>Click to correct the outline of the object (%1).</source>
        <translation>Klicken, um die Umrandung des Objekts zu korrigieren (%1).</translation>
    </message>
</context>
<context>
    <name>lift3d::MainWindow</name>
    <message>
        <source>Loaded: %1</source>
        <translation>Geladen: %1</translation>
    </message>
    <message>
        <source>Model ready. Drop a photo of an object.</source>
        <translation>Modell bereit. Legen Sie ein Foto eines Objekts ab.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Lift3D</source>
        <translation>Lift3D</translation>
    </message>
    <message>
        <source>%1 — Lift3D</source>
        <translation>%1 — Lift3D</translation>
    </message>
    <message>
        <source>Drop a photo of an object here

or press Ctrl+O to open one, Ctrl+V to paste one.
Mesh files (GLB, OBJ, STL, …) open here too.</source>
        <translation>Legen Sie hier ein Foto eines Objekts ab

oder drücken Sie Strg+O zum Öffnen, Strg+V zum Einfügen.
Auch Mesh-Dateien (GLB, OBJ, STL, …) lassen sich hier öffnen.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; Lift3D opens the first one.</source>
        <translation>
            <numerusform>%n Datei wurde abgelegt; Lift3D öffnet die erste.</numerusform>
            <numerusform>%n Dateien wurden abgelegt; Lift3D öffnet die erste.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or open one image file.</source>
        <translation>%1 ist ein Ordner. Legen Sie eine einzelne Bilddatei ab oder öffnen Sie eine.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 existiert nicht. Überprüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open a photo or a mesh</source>
        <translation>Foto oder Mesh öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture or an image file first.</source>
        <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst ein Bild oder eine Bilddatei.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>Final · %n step(s)</source>
        <translation>
            <numerusform>Endgültig · %n Schritt</numerusform>
            <numerusform>Endgültig · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported mesh</source>
        <translation>Importiertes Mesh</translation>
    </message>
    <message numerus="yes">
        <source>%n triangle(s)</source>
        <translation>
            <numerusform>%n Dreieck</numerusform>
            <numerusform>%n Dreiecke</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Loading the model in the background…</source>
        <translation>Modell wird im Hintergrund geladen…</translation>
    </message>
    <message>
        <source>The model is still loading; generation starts as soon as it is ready.</source>
        <translation>Das Modell wird noch geladen; die Generierung beginnt, sobald es bereit ist.</translation>
    </message>
</context>
<context>
    <name>lift3d::MaskEditor</name>
    <message>
        <source>Edit Mask</source>
        <translation>Maske bearbeiten</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background. Inside, the mask stays as it is; where it holds no object yet, the whole rectangle becomes the object.</source>
        <translation>Ziehen Sie ein Rechteck um das Objekt: Alles außerhalb wird Hintergrund. Innen bleibt die Maske, wie sie ist; enthält sie dort noch kein Objekt, wird das ganze Rechteck zum Objekt.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Paint over what belongs to the object. A right drag paints background.</source>
        <translation>Übermalen Sie, was zum Objekt gehört. Ziehen mit der rechten Maustaste malt Hintergrund.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Paint over what is background. A right drag paints the object.</source>
        <translation>Übermalen Sie, was Hintergrund ist. Ziehen mit der rechten Maustaste malt das Objekt.</translation>
    </message>
    <message>
        <source>&amp;Brush size:</source>
        <translation>&amp;Pinselgröße:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)</source>
        <translation>Durchmesser des Pinsels in Pixeln des Bildes (%1 kleiner, %2 größer)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Die letzte Änderung rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>&amp;Reset to Automatic</source>
        <translation>Zurück zur &amp;automatischen Maske</translation>
    </message>
    <message>
        <source>Go back to the mask Lift3D found; Undo brings your changes back.</source>
        <translation>Zurück zur Maske, die Lift3D gefunden hat; „Rückgängig“ holt Ihre Änderungen zurück.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Generate the mesh from this mask (Enter)</source>
        <translation>Das Mesh aus dieser Maske generieren (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close without changing the mask (Esc)</source>
        <translation>Schließen, ohne die Maske zu ändern (Esc)</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background.</source>
        <translation>Ziehen Sie ein Rechteck um das Objekt: Alles außerhalb wird Hintergrund.</translation>
    </message>
    <message>
        <source>Paint over parts of the object that are tinted. A right drag paints background.</source>
        <translation>Übermalen Sie eingefärbte Teile des Objekts. Ziehen mit der rechten Maustaste malt Hintergrund.</translation>
    </message>
    <message>
        <source>Paint over background inside the outline. A right drag paints the object.</source>
        <translation>Übermalen Sie Hintergrund innerhalb der Umrandung. Ziehen mit der rechten Maustaste malt das Objekt.</translation>
    </message>
    <message>
        <source>Tinted areas are background, the yellow line outlines the object.</source>
        <translation>Eingefärbte Flächen sind Hintergrund, die gelbe Linie umrandet das Objekt.</translation>
    </message>
    <message>
        <source>The mask is empty. Paint the object or drag a rectangle around it, then apply.</source>
        <translation>Die Maske ist leer. Malen Sie das Objekt oder ziehen Sie ein Rechteck darum, und wenden Sie die Maske dann an.</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshFormat</name>
    <message>
        <source>glTF binary</source>
        <translation>glTF (binär)</translation>
    </message>
    <message>
        <source>glTF</source>
        <translation>glTF</translation>
    </message>
    <message>
        <source>Wavefront OBJ</source>
        <translation>Wavefront OBJ</translation>
    </message>
    <message>
        <source>Stanford PLY</source>
        <translation>Stanford PLY</translation>
    </message>
    <message>
        <source>STL</source>
        <translation>STL</translation>
    </message>
    <message>
        <source>Autodesk FBX</source>
        <translation>Autodesk FBX</translation>
    </message>
    <message>
        <source>3D Manufacturing Format</source>
        <translation>3D Manufacturing Format</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshOutput</name>
    <message>
        <source>There is no mesh to export yet. Drop a photo first.</source>
        <translation>Es gibt noch kein Mesh zum Exportieren. Legen Sie zuerst ein Foto ab.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1. Check that the folder is writable.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden. Überprüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>Screenshot unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshViewport</name>
    <message>
        <source>This computer&apos;s graphics driver does not offer OpenGL 3.3, so the 3D view stays empty. Meshes can still be generated and exported.</source>
        <translation>Der Grafiktreiber dieses Computers bietet kein OpenGL 3.3, daher bleibt die 3D-Ansicht leer. Meshes können weiterhin generiert und exportiert werden.</translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not compile on this graphics driver: %1</source>
        <translation>Die Shader der 3D-Ansicht ließen sich mit diesem Grafiktreiber nicht kompilieren: %1</translation>
    </message>
</context>
<context>
    <name>lift3d::QualitySlider</name>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Sampling steps of the final mesh: more steps take longer and follow the model more closely.</source>
        <translation>Sampling-Schritte für das endgültige Mesh: Mehr Schritte dauern länger und folgen dem Modell genauer.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last run %2 ms</source>
        <translation>%1 · letzter Lauf %2 ms</translation>
    </message>
</context>
<context>
    <name>lift3d::WindowActions</name>
    <message>
        <source>Recent file %1</source>
        <translation>Zuletzt geöffnete Datei %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Shading</source>
        <translation>S&amp;chattierung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild e&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot</source>
        <translation>&amp;Screenshot speichern</translation>
    </message>
    <message>
        <source>Save Screenshot with &amp;Transparent Background</source>
        <translation>Screenshot mit &amp;transparentem Hintergrund speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Generate &amp;Again with a New Seed</source>
        <translation>Mit neuem Seed &amp;erneut generieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>Generierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Smooth</source>
        <translation>&amp;Glatt</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Flach</translation>
    </message>
    <message>
        <source>&amp;Vertex Colours</source>
        <translation>&amp;Vertexfarben</translation>
    </message>
    <message>
        <source>&amp;Matcap</source>
        <translation>&amp;Matcap</translation>
    </message>
    <message>
        <source>&amp;Wireframe Overlay</source>
        <translation>Drahtgitter ein&amp;blenden</translation>
    </message>
    <message>
        <source>Ground &amp;Grid</source>
        <translation>Boden&amp;gitter</translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation>&amp;Achsen</translation>
    </message>
    <message>
        <source>&amp;Front View</source>
        <translation>&amp;Vorderansicht</translation>
    </message>
    <message>
        <source>&amp;Right View</source>
        <translation>Ansicht von &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Top View</source>
        <translation>&amp;Draufsicht</translation>
    </message>
    <message>
        <source>&amp;Orthographic</source>
        <translation>&amp;Orthografisch</translation>
    </message>
    <message>
        <source>Frame &amp;Mesh</source>
        <translation>Mesh ein&amp;passen</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Lift3D</source>
        <translation>Ü&amp;ber Lift3D</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>&amp;Maske bearbeiten…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turns a photo of an object into a 3D mesh.</source>
        <translation>Verwandelt ein Foto eines Objekts in ein 3D-Mesh.</translation>
    </message>
    <message>
        <source>An image or mesh file to open.</source>
        <translation>Eine zu öffnende Bild- oder Mesh-Datei.</translation>
    </message>
    <message>
        <source>A Lift3D manifest.json or a TorchScript file (default: the bundled model).</source>
        <translation>Eine manifest.json von Lift3D oder eine TorchScript-Datei (Standard: das mitgelieferte Modell).</translation>
    </message>
    <message>
        <source>With a file: save a picture of the window once the final mesh is shown, then quit.</source>
        <translation>Mit einer Datei: ein Bild des Fensters speichern, sobald das endgültige Mesh angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Language code (de, fr, es, ja, zh_CN, en) for this run.</source>
        <translation>Sprachcode (de, fr, es, ja, zh_CN, en) für diesen Start.</translation>
    </message>
    <message>
        <source>The model could not be loaded (%1). Reinstall Lift3D or choose another model file.</source>
        <translation>Das Modell konnte nicht geladen werden (%1). Installieren Sie Lift3D neu oder wählen Sie eine andere Modelldatei.</translation>
    </message>
    <message>
        <source>%1 could not be converted (%2). Try another image.</source>
        <translation>%1 konnte nicht umgewandelt werden (%2). Versuchen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>With a file: save a picture of the mask editor on it once the final mesh is shown, then quit.</source>
        <translation>Mit einer Datei: ein Bild des Masken-Editors darauf speichern, sobald das endgültige Netz angezeigt wird, dann beenden.</translation>
    </message>
</context>
</TS>
