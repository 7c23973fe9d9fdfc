<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lift3d</name>
    <message>
        <source>&lt;p&gt;No model manifest was found.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lift3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One photo of an object in, a 3D mesh out, offline on an ordinary CPU. A latent shortcut-flow model (after Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) samples in 1 step for the preview and in many steps for the final mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left drag: orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + left drag or middle drag: pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom toward the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click: frame the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + left drag: drag the mesh out as a .glb file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or TIFF photo of an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares an empty picture (%2 x %3 pixels). Use another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 x 30000 pixels, or scale it down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open in this format (%2 x %3 pixels). Save it as PNG or JPEG, or scale it down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open in this form (%2 x %3 pixels). Save it as an RGB PNG or a JPEG, or scale it down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; try another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. Choose an image inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that you are allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Choose an image file with content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Paste or drop an image with content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mesh to export yet. Generate or open a mesh first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export scale must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1 failed: the exporter wrote nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 completely. Free some disk space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the exported file into place at %1. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mesh %1 (%2). Check that it is a complete 3D file in a format such as glTF, OBJ, PLY, STL or FBX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no triangles. Open a file with a surface mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 has format version %2, but this Lift3D reads version %3. Use a model made for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model weights %1 are missing. Reinstall Lift3D or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model weights %1 fail their checksum: the file is damaged or incomplete. Reinstall Lift3D or download the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some disk space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model manifest %1 names its weights as &quot;%2&quot;; they must be a file beside the manifest. Reinstall Lift3D or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 seconds and was stopped; the file is probably damaged. Try another copy or another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly on %1; the file is damaged or uses features it cannot handle. Try another copy or another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mesh %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader returned an incomplete mesh for %1. Try another copy or another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 does not exist. Install Debian&apos;s sweethome3d-furniture package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sweet Home 3D furniture catalog (no PluginFurnitureCatalog.properties inside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset at %1. Build it with: lift3d-data --output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU needs two fields on the same lattice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scalar grid is malformed: it needs at least 2 samples per axis and one value per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mesh cannot be simplified below 4 triangles; ask for a face count of 4 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taubin smoothing needs 0 &lt; lambda &lt; 1 and mu &lt; -lambda; use the defaults (0.5, -0.53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the image and its mask differ in size, or the model input size is invalid. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object found in the image. Use a photo of one object in front of a plain background, or an image with a transparent background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too small (%1 x %2 pixels) to find an object in. Use a photo at least 64 pixels across.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model weights %1 do not fit this Lift3D (%2). Use a model made for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable Lift3D TorchScript model (%2). See &quot;Bring your own model&quot; in docs/model.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TorchScript model failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift3D model %1 (%2 training views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift3D works offline and does not download %1. Save the image to your computer, then drop the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test shape (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask the size of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit greyscale PNG, or use a smaller picture and mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as an image editor shows it, camera orientation applied). Turn the mask to match the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the size of the picture as an image editor shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 has both transparency and varying colours, so it is unclear which marks the object. Save it in greyscale (the object white on black) or in one colour on transparency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 marks no object: no pixel is light or opaque enough. Paint the object white on black, or opaque on transparency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask file %1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a mask image. Choose the mask file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose a mask image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the mask %1 (%2). Check that you are allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 is empty (0 bytes). Choose a mask image with content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, white for the object and black for the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 declares an empty picture (%2 x %3 pixels). Save the mask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; save the mask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mask to save yet. Open a picture first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save the mask to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask is too large to save (%1 x %2 pixels). Use a smaller picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the mask %1 (%2). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the mask %1 failed (%2). Free some disk space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segmentation model %1 does not fit this Lift3D (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing. Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::ControlPanel</name>
    <message>
        <source>Quality of the final mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate again (new seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::ExportDialog</name>
    <message>
        <source>millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplify to at most this many triangles (meshoptimizer); keeps the shape&apos;s outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glTF files are always in metres; the size is converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format has no vertex colours; the mesh is written without its colours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::GenerationController</name>
    <message>
        <source>The model %1 could not be loaded (%2). Reinstall Lift3D or choose another model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not available, so no mesh can be generated. See the message shown at start; mesh files can still be opened and exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation failed (%1). Try another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::InputThumbnail</name>
    <message>
        <source>The photo you drop appears here, with the object Lift3D found outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to correct the outline of the object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::MainWindow</name>
    <message>
        <source>Loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ready. Drop a photo of an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lift3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo of an object here

or press Ctrl+O to open one, Ctrl+V to paste one.
Mesh files (GLB, OBJ, STL, …) open here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; Lift3D opens the first one.</source>
        <translation>
            <numerusform>The file was dropped; Lift3D opens it.</numerusform>
            <numerusform>%n files were dropped; Lift3D opens the first one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or open one image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo or a mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture or an image file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Final · %n step(s)</source>
        <translation>
            <numerusform>Final · %n step</numerusform>
            <numerusform>Final · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n triangle(s)</source>
        <translation>
            <numerusform>%n triangle</numerusform>
            <numerusform>%n triangles</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is still loading; generation starts as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::MaskEditor</name>
    <message>
        <source>Edit Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background. Inside, the mask stays as it is; where it holds no object yet, the whole rectangle becomes the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint over what belongs to the object. A right drag paints background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint over what is background. A right drag paints the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brush size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the mask Lift3D found; Undo brings your changes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the mesh from this mask (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the mask (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint over parts of the object that are tinted. A right drag paints background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint over background inside the outline. A right drag paints the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tinted areas are background, the yellow line outlines the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask is empty. Paint the object or drag a rectangle around it, then apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::MeshFormat</name>
    <message>
        <source>glTF binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glTF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wavefront OBJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stanford PLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodesk FBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D Manufacturing Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::MeshOutput</name>
    <message>
        <source>There is no mesh to export yet. Drop a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::MeshViewport</name>
    <message>
        <source>This computer&apos;s graphics driver does not offer OpenGL 3.3, so the 3D view stays empty. Meshes can still be generated and exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not compile on this graphics driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::QualitySlider</name>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling steps of the final mesh: more steps take longer and follow the model more closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last run %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lift3d::WindowActions</name>
    <message>
        <source>Recent file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Screenshot with &amp;Transparent Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;Again with a New Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertex Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matcap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wireframe Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orthographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lift3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turns a photo of an object into a 3D mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image or mesh file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lift3D manifest.json or a TorchScript file (default: the bundled model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a file: save a picture of the window once the final mesh is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code (de, fr, es, ja, zh_CN, en) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded (%1). Reinstall Lift3D or choose another model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted (%2). Try another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a file: save a picture of the mask editor on it once the final mesh is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
