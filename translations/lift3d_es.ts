<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>lift3d</name>
    <message>
        <source>%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or TIFF photo of an object.</source>
        <translation>%1 no es una imagen que Lift3D pueda leer. Use una foto de un objeto en formato PNG, JPEG, WebP, BMP, GIF o TIFF.</translation>
    </message>
    <message>
        <source>%1 declares an empty picture (%2 x %3 pixels). Use another image.</source>
        <translation>%1 declara una imagen vacía (%2 x %3 píxeles). Use otra imagen.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 x 30000 pixels, or scale it down first.</source>
        <translation>%1 es demasiado grande (%2 x %3 píxeles). Use una imagen de como máximo unos 30000 x 30000 píxeles o redúzcala antes.</translation>
    </message>
    <message>
        <source>%1 is too large to open in this format (%2 x %3 pixels). Save it as PNG or JPEG, or scale it down first.</source>
        <translation>%1 es demasiado grande para abrirse en este formato (%2 x %3 píxeles). Guárdela como PNG o JPEG, o redúzcala antes.</translation>
    </message>
    <message>
        <source>%1 is too large to open in this form (%2 x %3 pixels). Save it as an RGB PNG or a JPEG, or scale it down first.</source>
        <translation>%1 es demasiado grande para abrirse en esta variante del formato (%2 x %3 píxeles). Guárdela como PNG RGB o como JPEG, o redúzcala antes.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; try another copy.</source>
        <translation>%1 parece una imagen %2, pero no se pudo decodificar (%3). Es posible que el archivo esté dañado o incompleto; pruebe con otra copia.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>El archivo %1 no existe. Compruebe la ruta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. Choose an image inside it.</source>
        <translation>%1 es una carpeta, no un archivo de imagen. Elija una imagen que esté dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that you are allowed to read it.</source>
        <translation>No se puede abrir %1 (%2). Compruebe que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Choose an image file with content.</source>
        <translation>%1 está vacío (0 bytes). Elija un archivo de imagen con contenido.</translation>
    </message>
    <message>
        <source>%1 is empty. Paste or drop an image with content.</source>
        <translation>%1 está vacío. Pegue o arrastre una imagen con contenido.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another folder.</source>
        <translation>No se pudo escribir %1 (%2). Libere espacio en disco o elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is no mesh to export yet. Generate or open a mesh first.</source>
        <translation>Todavía no hay ninguna malla que exportar. Genere o abra primero una malla.</translation>
    </message>
    <message>
        <source>The export scale must be a positive number.</source>
        <translation>La escala de exportación debe ser un número positivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>La carpeta %1 no existe. Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 es una carpeta. Indique el nombre del archivo al que desea exportar.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1. Choose a folder you can write to.</source>
        <translation>No se puede escribir en la carpeta %1. Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2</source>
        <translation>Error al exportar a %1: %2</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: the exporter wrote nothing.</source>
        <translation>Error al exportar a %1: el exportador no escribió nada.</translation>
    </message>
    <message>
        <source>Could not write %1 completely. Free some disk space or choose another folder.</source>
        <translation>No se pudo escribir %1 por completo. Libere espacio en disco o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not move the exported file into place at %1. Check the folder&apos;s permissions.</source>
        <translation>No se pudo mover el archivo exportado a su ubicación en %1. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Could not read the mesh %1 (%2). Check that it is a complete 3D file in a format such as glTF, OBJ, PLY, STL or FBX.</source>
        <translation>No se pudo leer la malla %1 (%2). Compruebe que sea un archivo 3D completo en un formato como glTF, OBJ, PLY, STL o FBX.</translation>
    </message>
    <message>
        <source>The file %1 contains no triangles. Open a file with a surface mesh.</source>
        <translation>El archivo %1 no contiene triángulos. Abra un archivo que contenga una malla de superficie.</translation>
    </message>
    <message>
        <source>The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.</source>
        <translation>No se puede leer el manifiesto del modelo %1. Reinstale Lift3D o elija otro modelo.</translation>
    </message>
    <message>
        <source>The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.</source>
        <translation>El manifiesto del modelo %1 está dañado (%2). Reinstale Lift3D o elija otro modelo.</translation>
    </message>
    <message>
        <source>The model %1 has format version %2, but this Lift3D reads version %3. Use a model made for this version.</source>
        <translation>El modelo %1 tiene la versión de formato %2, pero esta versión de Lift3D lee la versión %3. Use un modelo creado para esta versión.</translation>
    </message>
    <message>
        <source>The model weights %1 are missing. Reinstall Lift3D or choose another model.</source>
        <translation>Faltan los pesos del modelo %1. Reinstale Lift3D o elija otro modelo.</translation>
    </message>
    <message>
        <source>The model weights %1 fail their checksum: the file is damaged or incomplete. Reinstall Lift3D or download the model again.</source>
        <translation>Los pesos del modelo %1 no superan la suma de comprobación: el archivo está dañado o incompleto. Reinstale Lift3D o vuelva a descargar el modelo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model manifest was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se encontró ningún manifiesto del modelo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Versión de formato</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>Training command</source>
        <translation>Comando de entrenamiento</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>Hiperparámetros</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>About Lift3D</source>
        <translation>Acerca de Lift3D</translation>
    </message>
    <message>
        <source>One photo of an object in, a 3D mesh out, offline on an ordinary CPU. A latent shortcut-flow model (after Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) samples in 1 step for the preview and in many steps for the final mesh.</source>
        <translation>Entra una foto de un objeto y sale una malla 3D, sin conexión y en una CPU corriente. Un modelo latente de flujo con atajos (basado en Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) muestrea en 1 paso para la vista previa y en muchos pasos para la malla final.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliotecas y licencias</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Left drag: orbit</source>
        <translation>Arrastrar con el botón izquierdo: orbitar</translation>
    </message>
    <message>
        <source>Shift + left drag or middle drag: pan</source>
        <translation>Mayús + arrastrar con el botón izquierdo, o arrastrar con el botón central: desplazar</translation>
    </message>
    <message>
        <source>Wheel: zoom toward the cursor</source>
        <translation>Rueda: zoom hacia el cursor</translation>
    </message>
    <message>
        <source>Double click: frame the mesh</source>
        <translation>Doble clic: encuadrar la malla</translation>
    </message>
    <message>
        <source>Ctrl + left drag: drag the mesh out as a .glb file</source>
        <translation>Ctrl + arrastrar con el botón izquierdo: arrastrar la malla fuera como archivo .glb</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose an image file.</source>
        <translation>%1 no es un archivo normal (es una tubería, un socket o un dispositivo). Elija un archivo de imagen.</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some disk space or choose another folder.</source>
        <translation>No hay suficiente espacio libre para %1 (se necesitan %2 KB, hay %3 KB libres). Libere espacio en disco o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The model manifest %1 names its weights as &quot;%2&quot;; they must be a file beside the manifest. Reinstall Lift3D or choose another model.</source>
        <translation>El manifiesto del modelo %1 indica sus pesos como «%2»; deben ser un archivo junto al manifiesto. Reinstale Lift3D o elija otro modelo.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Se canceló la lectura de %1.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 seconds and was stopped; the file is probably damaged. Try another copy or another format.</source>
        <translation>La lectura de %1 tardó más de %2 segundos y se detuvo; probablemente el archivo está dañado. Pruebe otra copia u otro formato.</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly on %1; the file is damaged or uses features it cannot handle. Try another copy or another format.</source>
        <translation>El lector se detuvo inesperadamente con %1; el archivo está dañado o usa funciones que no admite. Pruebe otra copia u otro formato.</translation>
    </message>
    <message>
        <source>Could not read the mesh %1.</source>
        <translation>No se pudo leer la malla %1.</translation>
    </message>
    <message>
        <source>The reader returned an incomplete mesh for %1. Try another copy or another format.</source>
        <translation>El lector devolvió una malla incompleta para %1. Pruebe otra copia u otro formato.</translation>
    </message>
    <message>
        <source>The catalog %1 does not exist. Install Debian&apos;s sweethome3d-furniture package.</source>
        <translation>El catálogo %1 no existe. Instale el paquete sweethome3d-furniture de Debian.</translation>
    </message>
    <message>
        <source>%1 is not a Sweet Home 3D furniture catalog (no PluginFurnitureCatalog.properties inside).</source>
        <translation>%1 no es un catálogo de muebles de Sweet Home 3D (no contiene PluginFurnitureCatalog.properties).</translation>
    </message>
    <message>
        <source>No dataset at %1. Build it with: lift3d-data --output %1</source>
        <translation>No hay ningún conjunto de datos en %1. Créelo con: lift3d-data --output %1</translation>
    </message>
    <message>
        <source>IoU needs two fields on the same lattice.</source>
        <translation>El cálculo de IoU necesita dos campos sobre la misma retícula.</translation>
    </message>
    <message>
        <source>The scalar grid is malformed: it needs at least 2 samples per axis and one value per sample.</source>
        <translation>La cuadrícula escalar está mal formada: necesita al menos 2 muestras por eje y un valor por muestra.</translation>
    </message>
    <message>
        <source>A mesh cannot be simplified below 4 triangles; ask for a face count of 4 or more.</source>
        <translation>Una malla no se puede simplificar por debajo de 4 triángulos; indique un número de caras de 4 o más.</translation>
    </message>
    <message>
        <source>Taubin smoothing needs 0 &lt; lambda &lt; 1 and mu &lt; -lambda; use the defaults (0.5, -0.53).</source>
        <translation>El suavizado de Taubin requiere 0 &lt; lambda &lt; 1 y mu &lt; -lambda; use los valores predeterminados (0.5, -0.53).</translation>
    </message>
    <message>
        <source>Internal error: the image and its mask differ in size, or the model input size is invalid. Please report this.</source>
        <translation>Error interno: la imagen y su máscara tienen tamaños distintos, o el tamaño de entrada del modelo no es válido. Informe de este problema.</translation>
    </message>
    <message>
        <source>No object found in the image. Use a photo of one object in front of a plain background, or an image with a transparent background.</source>
        <translation>No se encontró ningún objeto en la imagen. Use una foto de un único objeto delante de un fondo liso, o una imagen con fondo transparente.</translation>
    </message>
    <message>
        <source>The image is too small (%1 x %2 pixels) to find an object in. Use a photo at least 64 pixels across.</source>
        <translation>La imagen es demasiado pequeña (%1 x %2 píxeles) para encontrar un objeto en ella. Use una foto de al menos 64 píxeles de ancho.</translation>
    </message>
    <message>
        <source>The model weights %1 do not fit this Lift3D (%2). Use a model made for this version.</source>
        <translation>Los pesos del modelo %1 no son compatibles con esta versión de Lift3D (%2). Use un modelo creado para esta versión.</translation>
    </message>
    <message>
        <source>%1 is not a usable Lift3D TorchScript model (%2). See &quot;Bring your own model&quot; in docs/model.md.</source>
        <translation>%1 no es un modelo TorchScript que Lift3D pueda usar (%2). Consulte la sección &quot;Bring your own model&quot; de docs/model.md.</translation>
    </message>
    <message>
        <source>The TorchScript model failed: %1</source>
        <translation>Error del modelo TorchScript: %1</translation>
    </message>
    <message>
        <source>Lift3D model %1 (%2 training views)</source>
        <translation>Modelo de Lift3D %1 (%2 vistas de entrenamiento)</translation>
    </message>
    <message>
        <source>TorchScript model %1</source>
        <translation>Modelo TorchScript %1</translation>
    </message>
    <message>
        <source>Lift3D works offline and does not download %1. Save the image to your computer, then drop the file.</source>
        <translation>Lift3D funciona sin conexión y no descarga %1. Guarde la imagen en su equipo y, a continuación, arrastre el archivo.</translation>
    </message>
    <message>
        <source>What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file.</source>
        <translation>Lo que ha arrastrado no es una imagen ni un archivo. Arrastre una foto de un objeto o un archivo de malla.</translation>
    </message>
    <message>
        <source>Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)</source>
        <translation>Imágenes (%1);;Mallas (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Test shape (no model)</source>
        <translation>Forma de prueba (sin modelo)</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask the size of the picture.</source>
        <translation>La máscara mide %1 x %2 píxeles, pero la imagen mide %3 x %4. Use una máscara del tamaño de la imagen.</translation>
    </message>
    <message>
        <source>The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit greyscale PNG, or use a smaller picture and mask.</source>
        <translation>La máscara %1 es demasiado grande para abrirse (%2 x %3 píxeles). Guárdela como PNG en escala de grises de 8 bits o use una imagen y una máscara más pequeñas.</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as an image editor shows it, camera orientation applied). Turn the mask to match the picture.</source>
        <translation>La máscara %1 mide %2 x %3 píxeles y está girada respecto a la imagen (%4 x %5 tal como la muestra un editor de imágenes, con la orientación de la cámara aplicada). Gire la máscara para que coincida con la imagen.</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the size of the picture as an image editor shows it.</source>
        <translation>La máscara %1 mide %2 x %3 píxeles, pero la imagen mide %4 x %5. Haga la máscara del tamaño de la imagen tal como la muestra un editor de imágenes.</translation>
    </message>
    <message>
        <source>The mask %1 has both transparency and varying colours, so it is unclear which marks the object. Save it in greyscale (the object white on black) or in one colour on transparency.</source>
        <translation>La máscara %1 tiene transparencia y también colores variados, así que no está claro qué marca el objeto. Guárdela en escala de grises (el objeto en blanco sobre negro) o en un solo color sobre transparencia.</translation>
    </message>
    <message>
        <source>The mask %1 marks no object: no pixel is light or opaque enough. Paint the object white on black, or opaque on transparency.</source>
        <translation>La máscara %1 no marca ningún objeto: ningún píxel es lo bastante claro u opaco. Pinte el objeto en blanco sobre negro, u opaco sobre transparencia.</translation>
    </message>
    <message>
        <source>The mask file %1 does not exist. Check the path and try again.</source>
        <translation>El archivo de máscara %1 no existe. Compruebe la ruta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mask image. Choose the mask file inside it.</source>
        <translation>%1 es una carpeta, no una imagen de máscara. Elija el archivo de máscara que está dentro de ella.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose a mask image file.</source>
        <translation>%1 no es un archivo normal (es una tubería, un socket o un dispositivo). Elija un archivo de imagen de máscara.</translation>
    </message>
    <message>
        <source>Cannot open the mask %1 (%2). Check that you are allowed to read it.</source>
        <translation>No se puede abrir la máscara %1 (%2). Compruebe que tiene permiso para leerla.</translation>
    </message>
    <message>
        <source>The mask %1 is empty (0 bytes). Choose a mask image with content.</source>
        <translation>La máscara %1 está vacía (0 bytes). Elija una imagen de máscara con contenido.</translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, white for the object and black for the background.</source>
        <translation>%1 no es una imagen que Lift3D pueda leer como máscara. Guarde la máscara como PNG, en blanco para el objeto y en negro para el fondo.</translation>
    </message>
    <message>
        <source>The mask %1 declares an empty picture (%2 x %3 pixels). Save the mask again.</source>
        <translation>La máscara %1 declara una imagen vacía (%2 x %3 píxeles). Vuelva a guardar la máscara.</translation>
    </message>
    <message>
        <source>The mask %1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; save the mask again.</source>
        <translation>La máscara %1 parece una imagen %2, pero no se pudo decodificar (%3). Es posible que el archivo esté dañado o incompleto; vuelva a guardar la máscara.</translation>
    </message>
    <message>
        <source>There is no mask to save yet. Open a picture first.</source>
        <translation>Todavía no hay ninguna máscara que guardar. Abra primero una imagen.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save the mask to.</source>
        <translation>%1 es una carpeta. Indique el nombre del archivo en el que guardar la máscara.</translation>
    </message>
    <message>
        <source>The mask is too large to save (%1 x %2 pixels). Use a smaller picture.</source>
        <translation>La máscara es demasiado grande para guardarse (%1 x %2 píxeles). Use una imagen más pequeña.</translation>
    </message>
    <message>
        <source>Cannot write the mask %1 (%2). Choose a folder you can write to.</source>
        <translation>No se puede escribir la máscara %1 (%2). Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Writing the mask %1 failed (%2). Free some disk space or choose another folder.</source>
        <translation>No se pudo escribir la máscara %1 (%2). Libere espacio en disco o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>El modelo de segmentación %1 está dañado (%2). Reinstale Lift3D; mientras tanto, los objetos se encuentran por el color de su fondo.</translation>
    </message>
    <message>
        <source>The segmentation model %1 does not fit this Lift3D (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>El modelo de segmentación %1 no corresponde a este Lift3D (%2). Reinstale Lift3D; mientras tanto, los objetos se encuentran por el color de su fondo.</translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing. Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Falta el modelo de segmentación %1. Reinstale Lift3D; mientras tanto, los objetos se encuentran por el color de su fondo.</translation>
    </message>
</context>
<context>
    <name>lift3d::ControlPanel</name>
    <message>
        <source>Quality of the final mesh</source>
        <translation>Calidad de la malla final</translation>
    </message>
    <message>
        <source>Generate again (new seed)</source>
        <translation>Generar de nuevo (nueva semilla)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>lift3d::ExportDialog</name>
    <message>
        <source>millimetres</source>
        <translation>milímetros</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centímetros</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
    <message>
        <source>Export mesh</source>
        <translation>Exportar malla</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>todos (%1)</translation>
    </message>
    <message>
        <source>Simplify to at most this many triangles (meshoptimizer); keeps the shape&apos;s outline.</source>
        <translation>Simplifica la malla hasta como máximo este número de triángulos (meshoptimizer); conserva el contorno de la forma.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation>Triángulos:</translation>
    </message>
    <message>
        <source>Longest side:</source>
        <translation>Lado más largo:</translation>
    </message>
    <message>
        <source>glTF files are always in metres; the size is converted.</source>
        <translation>Los archivos glTF siempre están en metros; el tamaño se convierte.</translation>
    </message>
    <message>
        <source>This format has no vertex colours; the mesh is written without its colours.</source>
        <translation>Este formato no admite colores de vértice; la malla se guarda sin sus colores.</translation>
    </message>
</context>
<context>
    <name>lift3d::GenerationController</name>
    <message>
        <source>The model %1 could not be loaded (%2). Reinstall Lift3D or choose another model file.</source>
        <translation>No se pudo cargar el modelo %1 (%2). Reinstale Lift3D o elija otro archivo de modelo.</translation>
    </message>
    <message>
        <source>The model is not available, so no mesh can be generated. See the message shown at start; mesh files can still be opened and exported.</source>
        <translation>El modelo no está disponible, por lo que no se puede generar ninguna malla. Consulte el mensaje mostrado al inicio; aun así, se pueden abrir y exportar archivos de malla.</translation>
    </message>
    <message>
        <source>No model is loaded yet. Wait a moment and try again.</source>
        <translation>Todavía no se ha cargado ningún modelo. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Generation failed (%1). Try another image.</source>
        <translation>La generación falló (%1). Pruebe con otra imagen.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>No se pudo abrir %1 (%2).</translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was written.</source>
        <translation>La exportación falló (%1). No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>lift3d::InputThumbnail</name>
    <message>
        <source>The photo you drop appears here, with the object Lift3D found outlined.</source>
        <translation>Aquí aparece la foto que arrastre, con el contorno del objeto que Lift3D ha encontrado.</translation>
    </message>
    <message>
        <source>Click to correct the outline of the object (%1).</source>
        <translation>Haga clic para corregir el contorno del objeto (%1).</translation>
    </message>
</context>
<context>
    <name>lift3d::MainWindow</name>
    <message>
        <source>Loaded: %1</source>
        <translation>Cargado: %1</translation>
    </message>
    <message>
        <source>Model ready. Drop a photo of an object.</source>
        <translation>Modelo listo. Arrastre aquí una foto de un objeto.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
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
        <translation>Arrastre aquí una foto de un objeto

o pulse Ctrl+O para abrir una, o Ctrl+V para pegar una.
Los archivos de malla (GLB, OBJ, STL, …) también se abren aquí.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>imagen arrastrada</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; Lift3D opens the first one.</source>
        <translation>
            <numerusform>Se ha arrastrado %n archivo; Lift3D abre el primero.</numerusform>
            <numerusform>Se han arrastrado %n archivos; Lift3D abre el primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or open one image file.</source>
        <translation>%1 es una carpeta. Arrastre o abra un único archivo de imagen.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 no existe. Compruebe la ruta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Open a photo or a mesh</source>
        <translation>Abrir una foto o una malla</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture or an image file first.</source>
        <translation>El portapapeles no contiene ninguna imagen. Copie primero una imagen o un archivo de imagen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message numerus="yes">
        <source>Final · %n step(s)</source>
        <translation>
            <numerusform>Final · %n paso</numerusform>
            <numerusform>Final · %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported mesh</source>
        <translation>Malla importada</translation>
    </message>
    <message numerus="yes">
        <source>%n triangle(s)</source>
        <translation>
            <numerusform>%n triángulo</numerusform>
            <numerusform>%n triángulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Loading the model in the background…</source>
        <translation>Cargando el modelo en segundo plano…</translation>
    </message>
    <message>
        <source>The model is still loading; generation starts as soon as it is ready.</source>
        <translation>El modelo todavía se está cargando; la generación empezará en cuanto esté listo.</translation>
    </message>
</context>
<context>
    <name>lift3d::MaskEditor</name>
    <message>
        <source>Edit Mask</source>
        <translation>Editar la máscara</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background. Inside, the mask stays as it is; where it holds no object yet, the whole rectangle becomes the object.</source>
        <translation>Arrastre un rectángulo alrededor del objeto: todo lo que quede fuera pasa a ser fondo. Dentro, la máscara se queda como está; si allí aún no contiene ningún objeto, todo el rectángulo pasa a ser el objeto.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Paint over what belongs to the object. A right drag paints background.</source>
        <translation>Pinte lo que forma parte del objeto. Arrastrar con el botón derecho pinta fondo.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Paint over what is background. A right drag paints the object.</source>
        <translation>Pinte lo que es fondo. Arrastrar con el botón derecho pinta el objeto.</translation>
    </message>
    <message>
        <source>&amp;Brush size:</source>
        <translation>&amp;Tamaño del pincel:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)</source>
        <translation>Diámetro del pincel en píxeles de la imagen (%1 más pequeño, %2 más grande)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Deshacer el último cambio (%1)</translation>
    </message>
    <message>
        <source>&amp;Reset to Automatic</source>
        <translation>&amp;Volver a la máscara automática</translation>
    </message>
    <message>
        <source>Go back to the mask Lift3D found; Undo brings your changes back.</source>
        <translation>Volver a la máscara que encontró Lift3D; «Deshacer» recupera sus cambios.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Generate the mesh from this mask (Enter)</source>
        <translation>Generar la malla a partir de esta máscara (Intro)</translation>
    </message>
    <message>
        <source>Close without changing the mask (Esc)</source>
        <translation>Cerrar sin cambiar la máscara (Esc)</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background.</source>
        <translation>Arrastre un rectángulo alrededor del objeto: todo lo que quede fuera pasa a ser fondo.</translation>
    </message>
    <message>
        <source>Paint over parts of the object that are tinted. A right drag paints background.</source>
        <translation>Pinte las partes del objeto que aparecen tintadas. Arrastrar con el botón derecho pinta fondo.</translation>
    </message>
    <message>
        <source>Paint over background inside the outline. A right drag paints the object.</source>
        <translation>Pinte el fondo que queda dentro del contorno. Arrastrar con el botón derecho pinta el objeto.</translation>
    </message>
    <message>
        <source>Tinted areas are background, the yellow line outlines the object.</source>
        <translation>Las zonas tintadas son fondo; la línea amarilla rodea el objeto.</translation>
    </message>
    <message>
        <source>The mask is empty. Paint the object or drag a rectangle around it, then apply.</source>
        <translation>La máscara está vacía. Pinte el objeto o arrastre un rectángulo a su alrededor y después aplíquela.</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshFormat</name>
    <message>
        <source>glTF binary</source>
        <translation>glTF binario</translation>
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
        <translation>3D Manufacturing Format (3MF)</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshOutput</name>
    <message>
        <source>There is no mesh to export yet. Drop a photo first.</source>
        <translation>Todavía no hay ninguna malla que exportar. Arrastre primero una foto.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Se exportó %1.</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1. Check that the folder is writable.</source>
        <translation>No se pudo guardar la captura de pantalla en %1. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>Captura de pantalla guardada en %1.</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshViewport</name>
    <message>
        <source>This computer&apos;s graphics driver does not offer OpenGL 3.3, so the 3D view stays empty. Meshes can still be generated and exported.</source>
        <translation>El controlador gráfico de este equipo no ofrece OpenGL 3.3, por lo que la vista 3D permanecerá vacía. Aun así, se pueden generar y exportar mallas.</translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not compile on this graphics driver: %1</source>
        <translation>Los sombreadores de la vista 3D no se pudieron compilar con este controlador gráfico: %1</translation>
    </message>
</context>
<context>
    <name>lift3d::QualitySlider</name>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Sampling steps of the final mesh: more steps take longer and follow the model more closely.</source>
        <translation>Pasos de muestreo de la malla final: con más pasos se tarda más y el resultado se ajusta mejor al modelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last run %2 ms</source>
        <translation>%1 · última ejecución %2 ms</translation>
    </message>
</context>
<context>
    <name>lift3d::WindowActions</name>
    <message>
        <source>Recent file %1</source>
        <translation>Archivo reciente %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Shading</source>
        <translation>&amp;Sombreado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot</source>
        <translation>Guardar &amp;captura de pantalla</translation>
    </message>
    <message>
        <source>Save Screenshot with &amp;Transparent Background</source>
        <translation>Guardar captura con &amp;fondo transparente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Generate &amp;Again with a New Seed</source>
        <translation>Generar de &amp;nuevo con otra semilla</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>&amp;Cancelar la generación</translation>
    </message>
    <message>
        <source>&amp;Smooth</source>
        <translation>&amp;Suave</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>&amp;Vertex Colours</source>
        <translation>&amp;Colores de vértice</translation>
    </message>
    <message>
        <source>&amp;Matcap</source>
        <translation>&amp;Matcap</translation>
    </message>
    <message>
        <source>&amp;Wireframe Overlay</source>
        <translation>&amp;Estructura alámbrica superpuesta</translation>
    </message>
    <message>
        <source>Ground &amp;Grid</source>
        <translation>&amp;Cuadrícula del suelo</translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation>E&amp;jes</translation>
    </message>
    <message>
        <source>&amp;Front View</source>
        <translation>Vista &amp;frontal</translation>
    </message>
    <message>
        <source>&amp;Right View</source>
        <translation>Vista &amp;derecha</translation>
    </message>
    <message>
        <source>&amp;Top View</source>
        <translation>Vista su&amp;perior</translation>
    </message>
    <message>
        <source>&amp;Orthographic</source>
        <translation>&amp;Ortográfica</translation>
    </message>
    <message>
        <source>Frame &amp;Mesh</source>
        <translation>Encuadrar la &amp;malla</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Lift3D</source>
        <translation>&amp;Acerca de Lift3D</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>Editar la &amp;máscara…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turns a photo of an object into a 3D mesh.</source>
        <translation>Convierte la foto de un objeto en una malla 3D.</translation>
    </message>
    <message>
        <source>An image or mesh file to open.</source>
        <translation>Archivo de imagen o de malla que se abrirá.</translation>
    </message>
    <message>
        <source>A Lift3D manifest.json or a TorchScript file (default: the bundled model).</source>
        <translation>Un manifest.json de Lift3D o un archivo TorchScript (predeterminado: el modelo incluido).</translation>
    </message>
    <message>
        <source>With a file: save a picture of the window once the final mesh is shown, then quit.</source>
        <translation>Con un archivo: guardar una imagen de la ventana en cuanto se muestre la malla final y salir.</translation>
    </message>
    <message>
        <source>Language code (de, fr, es, ja, zh_CN, en) for this run.</source>
        <translation>Código de idioma (de, fr, es, ja, zh_CN, en) para esta ejecución.</translation>
    </message>
    <message>
        <source>The model could not be loaded (%1). Reinstall Lift3D or choose another model file.</source>
        <translation>No se pudo cargar el modelo (%1). Reinstale Lift3D o elija otro archivo de modelo.</translation>
    </message>
    <message>
        <source>%1 could not be converted (%2). Try another image.</source>
        <translation>No se pudo convertir %1 (%2). Pruebe con otra imagen.</translation>
    </message>
    <message>
        <source>With a file: save a picture of the mask editor on it once the final mesh is shown, then quit.</source>
        <translation>Con un archivo: guardar una imagen del editor de máscara sobre él en cuanto se muestre la malla final y salir.</translation>
    </message>
</context>
</TS>
