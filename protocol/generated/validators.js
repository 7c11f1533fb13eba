// Generated from protocol/contract.json by `node protocol/generate-validators.mjs`; do not edit.
// contract.json is generated from the C# records in protocol/ by `dotnet run --project backend -- contract`.
export const AddModelParams = validate11;
const schema12 = {"type":"object","properties":{"path":{"type":"string"},"artifact":{"type":"string"},"id":{"type":"string"},"base":{"type":["string","null"]},"operation":{"oneOf":[{"$ref":"#/definitions/OperationApplication"},{"type":"null"}]},"tags":{"type":["array","null"],"items":{"type":"string"}},"measure":{"type":"boolean"},"workDoneToken":{"type":["string","null"]}},"required":["path","artifact","id"],"additionalProperties":false};
const schema13 = {"type":"object","properties":{"name":{"type":"string"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean","null"]}}},"required":["name","parameters"],"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.path === undefined) && (missing0 = "path")) || ((data.artifact === undefined) && (missing0 = "artifact"))) || ((data.id === undefined) && (missing0 = "id"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "artifact")) || (key0 === "id")) || (key0 === "base")) || (key0 === "operation")) || (key0 === "tags")) || (key0 === "measure")) || (key0 === "workDoneToken"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate11.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifact !== undefined){
const _errs4 = errors;
if(typeof data.artifact !== "string"){
validate11.errors = [{instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs6 = errors;
if(typeof data.id !== "string"){
validate11.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base !== undefined){
let data3 = data.base;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate11.errors = [{instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: schema12.properties.base.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operation !== undefined){
let data4 = data.operation;
const _errs10 = errors;
const _errs11 = errors;
let valid1 = false;
let passing0 = null;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.name === undefined) && (missing1 = "name")) || ((data4.parameters === undefined) && (missing1 = "parameters"))){
const err0 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs15 = errors;
for(const key1 in data4){
if(!((key1 === "name") || (key1 === "parameters"))){
const err1 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs15 === errors){
if(data4.name !== undefined){
const _errs16 = errors;
if(typeof data4.name !== "string"){
const err2 = {instancePath:instancePath+"/operation/name",schemaPath:"#/definitions/OperationApplication/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.parameters !== undefined){
let data6 = data4.parameters;
const _errs18 = errors;
if(errors === _errs18){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
const _errs21 = errors;
if((((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")) && (data7 !== null)){
const err3 = {instancePath:instancePath+"/operation/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/OperationApplication/properties/parameters/additionalProperties/type",keyword:"type",params:{type: schema13.properties.parameters.additionalProperties.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs21 === errors;
if(!valid4){
break;
}
}
}
else {
const err4 = {instancePath:instancePath+"/operation/parameters",schemaPath:"#/definitions/OperationApplication/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs23 = errors;
if(data4 !== null){
const err6 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data8 = data.tags;
const _errs25 = errors;
if((!(Array.isArray(data8))) && (data8 !== null)){
validate11.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: schema12.properties.tags.type},message:"must be array,null"}];
return false;
}
if(errors === _errs25){
if(Array.isArray(data8)){
var valid5 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs27 = errors;
if(typeof data8[i0] !== "string"){
validate11.errors = [{instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs27 === errors;
if(!valid5){
break;
}
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.measure !== undefined){
const _errs29 = errors;
if(typeof data.measure !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data11 = data.workDoneToken;
const _errs31 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate11.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema12.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const AddModelResult = validate12;
const schema14 = {"type":"object","properties":{"spec":{"type":"string"},"model":{"$ref":"#/definitions/AddedModel"},"measured":{"type":"array","items":{"type":"string"}},"skipped":{"type":"array","items":{"$ref":"#/definitions/SkippedMetric"}},"seconds":{"type":"number"}},"required":["spec","model","measured","skipped","seconds"],"additionalProperties":false};
const schema17 = {"type":"object","properties":{"metric":{"type":"string"},"reason":{"type":"string"}},"required":["metric","reason"],"additionalProperties":false};
const schema15 = {"type":"object","properties":{"id":{"type":"string"},"base":{"type":["string","null"]},"artifact":{"type":"string"},"operation":{"oneOf":[{"$ref":"#/definitions/OperationApplication"},{"type":"null"}]},"tags":{"type":"array","items":{"type":"string"}},"metrics":{"type":"object","additionalProperties":{"type":["number","null"]}}},"required":["id","artifact","tags","metrics"],"additionalProperties":false};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.artifact === undefined) && (missing0 = "artifact"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.metrics === undefined) && (missing0 = "metrics"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "base")) || (key0 === "artifact")) || (key0 === "operation")) || (key0 === "tags")) || (key0 === "metrics"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate13.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base !== undefined){
let data1 = data.base;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate13.errors = [{instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: schema15.properties.base.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifact !== undefined){
const _errs6 = errors;
if(typeof data.artifact !== "string"){
validate13.errors = [{instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operation !== undefined){
let data3 = data.operation;
const _errs8 = errors;
const _errs9 = errors;
let valid1 = false;
let passing0 = null;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.name === undefined) && (missing1 = "name")) || ((data3.parameters === undefined) && (missing1 = "parameters"))){
const err0 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs13 = errors;
for(const key1 in data3){
if(!((key1 === "name") || (key1 === "parameters"))){
const err1 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs13 === errors){
if(data3.name !== undefined){
const _errs14 = errors;
if(typeof data3.name !== "string"){
const err2 = {instancePath:instancePath+"/operation/name",schemaPath:"#/definitions/OperationApplication/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.parameters !== undefined){
let data5 = data3.parameters;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
const _errs19 = errors;
if((((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")) && (data6 !== null)){
const err3 = {instancePath:instancePath+"/operation/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/OperationApplication/properties/parameters/additionalProperties/type",keyword:"type",params:{type: schema13.properties.parameters.additionalProperties.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
const err4 = {instancePath:instancePath+"/operation/parameters",schemaPath:"#/definitions/OperationApplication/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs21 = errors;
if(data3 !== null){
const err6 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate13.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data7 = data.tags;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data7)){
var valid5 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs25 = errors;
if(typeof data7[i0] !== "string"){
validate13.errors = [{instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs25 === errors;
if(!valid5){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
let data9 = data.metrics;
const _errs27 = errors;
if(errors === _errs27){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
let data10 = data9[key3];
const _errs30 = errors;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
validate13.errors = [{instancePath:instancePath+"/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema15.properties.metrics.additionalProperties.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs30 === errors;
if(!valid6){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.spec === undefined) && (missing0 = "spec")) || ((data.model === undefined) && (missing0 = "model"))) || ((data.measured === undefined) && (missing0 = "measured"))) || ((data.skipped === undefined) && (missing0 = "skipped"))) || ((data.seconds === undefined) && (missing0 = "seconds"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "spec") || (key0 === "model")) || (key0 === "measured")) || (key0 === "skipped")) || (key0 === "seconds"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.spec !== undefined){
const _errs2 = errors;
if(typeof data.spec !== "string"){
validate12.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.model !== undefined){
const _errs4 = errors;
if(!(validate13(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.measured !== undefined){
let data2 = data.measured;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(typeof data2[i0] !== "string"){
validate12.errors = [{instancePath:instancePath+"/measured/" + i0,schemaPath:"#/properties/measured/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/measured",schemaPath:"#/properties/measured/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skipped !== undefined){
let data4 = data.skipped;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.metric === undefined) && (missing1 = "metric")) || ((data5.reason === undefined) && (missing1 = "reason"))){
validate12.errors = [{instancePath:instancePath+"/skipped/" + i1,schemaPath:"#/definitions/SkippedMetric/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!((key1 === "metric") || (key1 === "reason"))){
validate12.errors = [{instancePath:instancePath+"/skipped/" + i1,schemaPath:"#/definitions/SkippedMetric/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.metric !== undefined){
const _errs15 = errors;
if(typeof data5.metric !== "string"){
validate12.errors = [{instancePath:instancePath+"/skipped/" + i1+"/metric",schemaPath:"#/definitions/SkippedMetric/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.reason !== undefined){
const _errs17 = errors;
if(typeof data5.reason !== "string"){
validate12.errors = [{instancePath:instancePath+"/skipped/" + i1+"/reason",schemaPath:"#/definitions/SkippedMetric/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/skipped/" + i1,schemaPath:"#/definitions/SkippedMetric/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/skipped",schemaPath:"#/properties/skipped/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seconds !== undefined){
let data8 = data.seconds;
const _errs19 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate12.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const BehaviorComparison = validate15;
const schema18 = {"type":"object","properties":{"base":{"type":"string"},"models":{"type":"array","items":{"type":"string"}},"instanceCount":{"type":"integer"},"task":{"$ref":"#/definitions/DatasetTask"},"classNames":{"type":"array","items":{"type":"string"}},"overall":{"type":"object","additionalProperties":{"$ref":"#/definitions/BehaviorStats"}},"classes":{"type":"array","items":{"$ref":"#/definitions/ClassComparison"}},"subgroups":{"type":"array","items":{"$ref":"#/definitions/SubgroupComparison"}},"exemplars":{"type":"array","items":{"$ref":"#/definitions/Exemplar"}}},"required":["base","models","instanceCount","task","classNames","overall","classes","subgroups","exemplars"],"additionalProperties":false};
const schema19 = {"type":"string","enum":["classification","binary","multilabel","embedding","regression","generation"]};
const schema20 = {"type":"object","properties":{"count":{"type":"integer"},"accuracy":{"type":["number","null"]},"errors":{"type":"integer"},"agreement":{"type":["number","null"]},"meanKl":{"type":["number","null"]},"relativeErrorChange":{"type":["number","null"]},"meanConfidence":{"type":["number","null"]},"fixed":{"type":"integer"},"broken":{"type":"integer"},"meanCosine":{"type":["number","null"]},"meanMse":{"type":["number","null"]},"meanRelativeL2":{"type":["number","null"]},"labelMse":{"type":["number","null"]},"labelMseChange":{"type":["number","null"]},"f1Score":{"type":["number","null"]},"hammingToBase":{"type":["number","null"]},"hammingLoss":{"type":["number","null"]},"tokenF1":{"type":["number","null"]},"tokenF1ToBase":{"type":["number","null"]}},"required":["count","errors","fixed","broken"],"additionalProperties":false};
const schema25 = {"type":"object","properties":{"instance":{"type":"integer"},"flips":{"type":"integer"},"label":{"type":"string"},"moved":{"type":["number","null"]}},"required":["instance","flips","label"],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const schema21 = {"type":"object","properties":{"class":{"type":"string"},"index":{"type":"integer"},"count":{"type":"integer"},"models":{"type":"object","additionalProperties":{"$ref":"#/definitions/BehaviorStats"}}},"required":["class","index","count","models"],"additionalProperties":false};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.class === undefined) && (missing0 = "class")) || ((data.index === undefined) && (missing0 = "index"))) || ((data.count === undefined) && (missing0 = "count"))) || ((data.models === undefined) && (missing0 = "models"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "class") || (key0 === "index")) || (key0 === "count")) || (key0 === "models"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.class !== undefined){
const _errs2 = errors;
if(typeof data.class !== "string"){
validate16.errors = [{instancePath:instancePath+"/class",schemaPath:"#/properties/class/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.index !== undefined){
let data1 = data.index;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate16.errors = [{instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.count !== undefined){
let data2 = data.count;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate16.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data3 = data.models;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((((data4.count === undefined) && (missing1 = "count")) || ((data4.errors === undefined) && (missing1 = "errors"))) || ((data4.fixed === undefined) && (missing1 = "fixed"))) || ((data4.broken === undefined) && (missing1 = "broken"))){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key2 in data4){
if(!(func2.call(schema20.properties, key2))){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.count !== undefined){
let data5 = data4.count;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/count",schemaPath:"#/definitions/BehaviorStats/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.accuracy !== undefined){
let data6 = data4.accuracy;
const _errs17 = errors;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/accuracy",schemaPath:"#/definitions/BehaviorStats/properties/accuracy/type",keyword:"type",params:{type: schema20.properties.accuracy.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.errors !== undefined){
let data7 = data4.errors;
const _errs19 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/errors",schemaPath:"#/definitions/BehaviorStats/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.agreement !== undefined){
let data8 = data4.agreement;
const _errs21 = errors;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/agreement",schemaPath:"#/definitions/BehaviorStats/properties/agreement/type",keyword:"type",params:{type: schema20.properties.agreement.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanKl !== undefined){
let data9 = data4.meanKl;
const _errs23 = errors;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanKl",schemaPath:"#/definitions/BehaviorStats/properties/meanKl/type",keyword:"type",params:{type: schema20.properties.meanKl.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.relativeErrorChange !== undefined){
let data10 = data4.relativeErrorChange;
const _errs25 = errors;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relativeErrorChange",schemaPath:"#/definitions/BehaviorStats/properties/relativeErrorChange/type",keyword:"type",params:{type: schema20.properties.relativeErrorChange.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanConfidence !== undefined){
let data11 = data4.meanConfidence;
const _errs27 = errors;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanConfidence",schemaPath:"#/definitions/BehaviorStats/properties/meanConfidence/type",keyword:"type",params:{type: schema20.properties.meanConfidence.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.fixed !== undefined){
let data12 = data4.fixed;
const _errs29 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/fixed",schemaPath:"#/definitions/BehaviorStats/properties/fixed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.broken !== undefined){
let data13 = data4.broken;
const _errs31 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/broken",schemaPath:"#/definitions/BehaviorStats/properties/broken/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanCosine !== undefined){
let data14 = data4.meanCosine;
const _errs33 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanCosine",schemaPath:"#/definitions/BehaviorStats/properties/meanCosine/type",keyword:"type",params:{type: schema20.properties.meanCosine.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanMse !== undefined){
let data15 = data4.meanMse;
const _errs35 = errors;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanMse",schemaPath:"#/definitions/BehaviorStats/properties/meanMse/type",keyword:"type",params:{type: schema20.properties.meanMse.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanRelativeL2 !== undefined){
let data16 = data4.meanRelativeL2;
const _errs37 = errors;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanRelativeL2",schemaPath:"#/definitions/BehaviorStats/properties/meanRelativeL2/type",keyword:"type",params:{type: schema20.properties.meanRelativeL2.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.labelMse !== undefined){
let data17 = data4.labelMse;
const _errs39 = errors;
if((!((typeof data17 == "number") && (isFinite(data17)))) && (data17 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/labelMse",schemaPath:"#/definitions/BehaviorStats/properties/labelMse/type",keyword:"type",params:{type: schema20.properties.labelMse.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.labelMseChange !== undefined){
let data18 = data4.labelMseChange;
const _errs41 = errors;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (data18 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/labelMseChange",schemaPath:"#/definitions/BehaviorStats/properties/labelMseChange/type",keyword:"type",params:{type: schema20.properties.labelMseChange.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.f1Score !== undefined){
let data19 = data4.f1Score;
const _errs43 = errors;
if((!((typeof data19 == "number") && (isFinite(data19)))) && (data19 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/f1Score",schemaPath:"#/definitions/BehaviorStats/properties/f1Score/type",keyword:"type",params:{type: schema20.properties.f1Score.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.hammingToBase !== undefined){
let data20 = data4.hammingToBase;
const _errs45 = errors;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/hammingToBase",schemaPath:"#/definitions/BehaviorStats/properties/hammingToBase/type",keyword:"type",params:{type: schema20.properties.hammingToBase.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.hammingLoss !== undefined){
let data21 = data4.hammingLoss;
const _errs47 = errors;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/hammingLoss",schemaPath:"#/definitions/BehaviorStats/properties/hammingLoss/type",keyword:"type",params:{type: schema20.properties.hammingLoss.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.tokenF1 !== undefined){
let data22 = data4.tokenF1;
const _errs49 = errors;
if((!((typeof data22 == "number") && (isFinite(data22)))) && (data22 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokenF1",schemaPath:"#/definitions/BehaviorStats/properties/tokenF1/type",keyword:"type",params:{type: schema20.properties.tokenF1.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.tokenF1ToBase !== undefined){
let data23 = data4.tokenF1ToBase;
const _errs51 = errors;
if((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)){
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokenF1ToBase",schemaPath:"#/definitions/BehaviorStats/properties/tokenF1ToBase/type",keyword:"type",params:{type: schema20.properties.tokenF1ToBase.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","properties":{"attribute":{"type":"string"},"value":{"type":"string"},"count":{"type":"integer"},"models":{"type":"object","additionalProperties":{"$ref":"#/definitions/BehaviorStats"}}},"required":["attribute","value","count","models"],"additionalProperties":false};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.attribute === undefined) && (missing0 = "attribute")) || ((data.value === undefined) && (missing0 = "value"))) || ((data.count === undefined) && (missing0 = "count"))) || ((data.models === undefined) && (missing0 = "models"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "attribute") || (key0 === "value")) || (key0 === "count")) || (key0 === "models"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.attribute !== undefined){
const _errs2 = errors;
if(typeof data.attribute !== "string"){
validate18.errors = [{instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs4 = errors;
if(typeof data.value !== "string"){
validate18.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.count !== undefined){
let data2 = data.count;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate18.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data3 = data.models;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((((data4.count === undefined) && (missing1 = "count")) || ((data4.errors === undefined) && (missing1 = "errors"))) || ((data4.fixed === undefined) && (missing1 = "fixed"))) || ((data4.broken === undefined) && (missing1 = "broken"))){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key2 in data4){
if(!(func2.call(schema20.properties, key2))){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.count !== undefined){
let data5 = data4.count;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/count",schemaPath:"#/definitions/BehaviorStats/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.accuracy !== undefined){
let data6 = data4.accuracy;
const _errs17 = errors;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/accuracy",schemaPath:"#/definitions/BehaviorStats/properties/accuracy/type",keyword:"type",params:{type: schema20.properties.accuracy.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.errors !== undefined){
let data7 = data4.errors;
const _errs19 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/errors",schemaPath:"#/definitions/BehaviorStats/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.agreement !== undefined){
let data8 = data4.agreement;
const _errs21 = errors;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/agreement",schemaPath:"#/definitions/BehaviorStats/properties/agreement/type",keyword:"type",params:{type: schema20.properties.agreement.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanKl !== undefined){
let data9 = data4.meanKl;
const _errs23 = errors;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanKl",schemaPath:"#/definitions/BehaviorStats/properties/meanKl/type",keyword:"type",params:{type: schema20.properties.meanKl.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.relativeErrorChange !== undefined){
let data10 = data4.relativeErrorChange;
const _errs25 = errors;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relativeErrorChange",schemaPath:"#/definitions/BehaviorStats/properties/relativeErrorChange/type",keyword:"type",params:{type: schema20.properties.relativeErrorChange.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanConfidence !== undefined){
let data11 = data4.meanConfidence;
const _errs27 = errors;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanConfidence",schemaPath:"#/definitions/BehaviorStats/properties/meanConfidence/type",keyword:"type",params:{type: schema20.properties.meanConfidence.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.fixed !== undefined){
let data12 = data4.fixed;
const _errs29 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/fixed",schemaPath:"#/definitions/BehaviorStats/properties/fixed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.broken !== undefined){
let data13 = data4.broken;
const _errs31 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/broken",schemaPath:"#/definitions/BehaviorStats/properties/broken/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanCosine !== undefined){
let data14 = data4.meanCosine;
const _errs33 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanCosine",schemaPath:"#/definitions/BehaviorStats/properties/meanCosine/type",keyword:"type",params:{type: schema20.properties.meanCosine.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanMse !== undefined){
let data15 = data4.meanMse;
const _errs35 = errors;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanMse",schemaPath:"#/definitions/BehaviorStats/properties/meanMse/type",keyword:"type",params:{type: schema20.properties.meanMse.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.meanRelativeL2 !== undefined){
let data16 = data4.meanRelativeL2;
const _errs37 = errors;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanRelativeL2",schemaPath:"#/definitions/BehaviorStats/properties/meanRelativeL2/type",keyword:"type",params:{type: schema20.properties.meanRelativeL2.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.labelMse !== undefined){
let data17 = data4.labelMse;
const _errs39 = errors;
if((!((typeof data17 == "number") && (isFinite(data17)))) && (data17 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/labelMse",schemaPath:"#/definitions/BehaviorStats/properties/labelMse/type",keyword:"type",params:{type: schema20.properties.labelMse.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.labelMseChange !== undefined){
let data18 = data4.labelMseChange;
const _errs41 = errors;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (data18 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/labelMseChange",schemaPath:"#/definitions/BehaviorStats/properties/labelMseChange/type",keyword:"type",params:{type: schema20.properties.labelMseChange.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.f1Score !== undefined){
let data19 = data4.f1Score;
const _errs43 = errors;
if((!((typeof data19 == "number") && (isFinite(data19)))) && (data19 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/f1Score",schemaPath:"#/definitions/BehaviorStats/properties/f1Score/type",keyword:"type",params:{type: schema20.properties.f1Score.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.hammingToBase !== undefined){
let data20 = data4.hammingToBase;
const _errs45 = errors;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/hammingToBase",schemaPath:"#/definitions/BehaviorStats/properties/hammingToBase/type",keyword:"type",params:{type: schema20.properties.hammingToBase.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.hammingLoss !== undefined){
let data21 = data4.hammingLoss;
const _errs47 = errors;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/hammingLoss",schemaPath:"#/definitions/BehaviorStats/properties/hammingLoss/type",keyword:"type",params:{type: schema20.properties.hammingLoss.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.tokenF1 !== undefined){
let data22 = data4.tokenF1;
const _errs49 = errors;
if((!((typeof data22 == "number") && (isFinite(data22)))) && (data22 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokenF1",schemaPath:"#/definitions/BehaviorStats/properties/tokenF1/type",keyword:"type",params:{type: schema20.properties.tokenF1.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.tokenF1ToBase !== undefined){
let data23 = data4.tokenF1ToBase;
const _errs51 = errors;
if((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)){
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokenF1ToBase",schemaPath:"#/definitions/BehaviorStats/properties/tokenF1ToBase/type",keyword:"type",params:{type: schema20.properties.tokenF1ToBase.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.base === undefined) && (missing0 = "base")) || ((data.models === undefined) && (missing0 = "models"))) || ((data.instanceCount === undefined) && (missing0 = "instanceCount"))) || ((data.task === undefined) && (missing0 = "task"))) || ((data.classNames === undefined) && (missing0 = "classNames"))) || ((data.overall === undefined) && (missing0 = "overall"))) || ((data.classes === undefined) && (missing0 = "classes"))) || ((data.subgroups === undefined) && (missing0 = "subgroups"))) || ((data.exemplars === undefined) && (missing0 = "exemplars"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema18.properties, key0))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.base !== undefined){
const _errs2 = errors;
if(typeof data.base !== "string"){
validate15.errors = [{instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data1 = data.models;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate15.errors = [{instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instanceCount !== undefined){
let data3 = data.instanceCount;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate15.errors = [{instancePath:instancePath+"/instanceCount",schemaPath:"#/properties/instanceCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.task !== undefined){
let data4 = data.task;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate15.errors = [{instancePath:instancePath+"/task",schemaPath:"#/definitions/DatasetTask/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data4 === "classification") || (data4 === "binary")) || (data4 === "multilabel")) || (data4 === "embedding")) || (data4 === "regression")) || (data4 === "generation"))){
validate15.errors = [{instancePath:instancePath+"/task",schemaPath:"#/definitions/DatasetTask/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.classNames !== undefined){
let data5 = data.classNames;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid3 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(typeof data5[i1] !== "string"){
validate15.errors = [{instancePath:instancePath+"/classNames/" + i1,schemaPath:"#/properties/classNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/classNames",schemaPath:"#/properties/classNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.overall !== undefined){
let data7 = data.overall;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if(((((data8.count === undefined) && (missing1 = "count")) || ((data8.errors === undefined) && (missing1 = "errors"))) || ((data8.fixed === undefined) && (missing1 = "fixed"))) || ((data8.broken === undefined) && (missing1 = "broken"))){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key2 in data8){
if(!(func2.call(schema20.properties, key2))){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data8.count !== undefined){
let data9 = data8.count;
const _errs24 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/count",schemaPath:"#/definitions/BehaviorStats/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.accuracy !== undefined){
let data10 = data8.accuracy;
const _errs26 = errors;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/accuracy",schemaPath:"#/definitions/BehaviorStats/properties/accuracy/type",keyword:"type",params:{type: schema20.properties.accuracy.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.errors !== undefined){
let data11 = data8.errors;
const _errs28 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/errors",schemaPath:"#/definitions/BehaviorStats/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.agreement !== undefined){
let data12 = data8.agreement;
const _errs30 = errors;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/agreement",schemaPath:"#/definitions/BehaviorStats/properties/agreement/type",keyword:"type",params:{type: schema20.properties.agreement.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.meanKl !== undefined){
let data13 = data8.meanKl;
const _errs32 = errors;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanKl",schemaPath:"#/definitions/BehaviorStats/properties/meanKl/type",keyword:"type",params:{type: schema20.properties.meanKl.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.relativeErrorChange !== undefined){
let data14 = data8.relativeErrorChange;
const _errs34 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relativeErrorChange",schemaPath:"#/definitions/BehaviorStats/properties/relativeErrorChange/type",keyword:"type",params:{type: schema20.properties.relativeErrorChange.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.meanConfidence !== undefined){
let data15 = data8.meanConfidence;
const _errs36 = errors;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanConfidence",schemaPath:"#/definitions/BehaviorStats/properties/meanConfidence/type",keyword:"type",params:{type: schema20.properties.meanConfidence.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs36 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.fixed !== undefined){
let data16 = data8.fixed;
const _errs38 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/fixed",schemaPath:"#/definitions/BehaviorStats/properties/fixed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.broken !== undefined){
let data17 = data8.broken;
const _errs40 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/broken",schemaPath:"#/definitions/BehaviorStats/properties/broken/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.meanCosine !== undefined){
let data18 = data8.meanCosine;
const _errs42 = errors;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (data18 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanCosine",schemaPath:"#/definitions/BehaviorStats/properties/meanCosine/type",keyword:"type",params:{type: schema20.properties.meanCosine.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.meanMse !== undefined){
let data19 = data8.meanMse;
const _errs44 = errors;
if((!((typeof data19 == "number") && (isFinite(data19)))) && (data19 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanMse",schemaPath:"#/definitions/BehaviorStats/properties/meanMse/type",keyword:"type",params:{type: schema20.properties.meanMse.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs44 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.meanRelativeL2 !== undefined){
let data20 = data8.meanRelativeL2;
const _errs46 = errors;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/meanRelativeL2",schemaPath:"#/definitions/BehaviorStats/properties/meanRelativeL2/type",keyword:"type",params:{type: schema20.properties.meanRelativeL2.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs46 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.labelMse !== undefined){
let data21 = data8.labelMse;
const _errs48 = errors;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/labelMse",schemaPath:"#/definitions/BehaviorStats/properties/labelMse/type",keyword:"type",params:{type: schema20.properties.labelMse.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs48 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.labelMseChange !== undefined){
let data22 = data8.labelMseChange;
const _errs50 = errors;
if((!((typeof data22 == "number") && (isFinite(data22)))) && (data22 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/labelMseChange",schemaPath:"#/definitions/BehaviorStats/properties/labelMseChange/type",keyword:"type",params:{type: schema20.properties.labelMseChange.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs50 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.f1Score !== undefined){
let data23 = data8.f1Score;
const _errs52 = errors;
if((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/f1Score",schemaPath:"#/definitions/BehaviorStats/properties/f1Score/type",keyword:"type",params:{type: schema20.properties.f1Score.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs52 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.hammingToBase !== undefined){
let data24 = data8.hammingToBase;
const _errs54 = errors;
if((!((typeof data24 == "number") && (isFinite(data24)))) && (data24 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/hammingToBase",schemaPath:"#/definitions/BehaviorStats/properties/hammingToBase/type",keyword:"type",params:{type: schema20.properties.hammingToBase.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs54 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.hammingLoss !== undefined){
let data25 = data8.hammingLoss;
const _errs56 = errors;
if((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/hammingLoss",schemaPath:"#/definitions/BehaviorStats/properties/hammingLoss/type",keyword:"type",params:{type: schema20.properties.hammingLoss.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs56 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.tokenF1 !== undefined){
let data26 = data8.tokenF1;
const _errs58 = errors;
if((!((typeof data26 == "number") && (isFinite(data26)))) && (data26 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokenF1",schemaPath:"#/definitions/BehaviorStats/properties/tokenF1/type",keyword:"type",params:{type: schema20.properties.tokenF1.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs58 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.tokenF1ToBase !== undefined){
let data27 = data8.tokenF1ToBase;
const _errs60 = errors;
if((!((typeof data27 == "number") && (isFinite(data27)))) && (data27 !== null)){
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokenF1ToBase",schemaPath:"#/definitions/BehaviorStats/properties/tokenF1ToBase/type",keyword:"type",params:{type: schema20.properties.tokenF1ToBase.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs60 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/BehaviorStats/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs20 === errors;
if(!valid4){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/overall",schemaPath:"#/properties/overall/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.classes !== undefined){
let data28 = data.classes;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data28)){
var valid7 = true;
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
const _errs64 = errors;
if(!(validate16(data28[i2], {instancePath:instancePath+"/classes/" + i2,parentData:data28,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid7 = _errs64 === errors;
if(!valid7){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/classes",schemaPath:"#/properties/classes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subgroups !== undefined){
let data30 = data.subgroups;
const _errs65 = errors;
if(errors === _errs65){
if(Array.isArray(data30)){
var valid8 = true;
const len3 = data30.length;
for(let i3=0; i3<len3; i3++){
const _errs67 = errors;
if(!(validate18(data30[i3], {instancePath:instancePath+"/subgroups/" + i3,parentData:data30,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid8 = _errs67 === errors;
if(!valid8){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/subgroups",schemaPath:"#/properties/subgroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exemplars !== undefined){
let data32 = data.exemplars;
const _errs68 = errors;
if(errors === _errs68){
if(Array.isArray(data32)){
var valid9 = true;
const len4 = data32.length;
for(let i4=0; i4<len4; i4++){
let data33 = data32[i4];
const _errs70 = errors;
const _errs71 = errors;
if(errors === _errs71){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
let missing2;
if((((data33.instance === undefined) && (missing2 = "instance")) || ((data33.flips === undefined) && (missing2 = "flips"))) || ((data33.label === undefined) && (missing2 = "label"))){
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4,schemaPath:"#/definitions/Exemplar/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs73 = errors;
for(const key3 in data33){
if(!((((key3 === "instance") || (key3 === "flips")) || (key3 === "label")) || (key3 === "moved"))){
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4,schemaPath:"#/definitions/Exemplar/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs73 === errors){
if(data33.instance !== undefined){
let data34 = data33.instance;
const _errs74 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4+"/instance",schemaPath:"#/definitions/Exemplar/properties/instance/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs74 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data33.flips !== undefined){
let data35 = data33.flips;
const _errs76 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4+"/flips",schemaPath:"#/definitions/Exemplar/properties/flips/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs76 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data33.label !== undefined){
const _errs78 = errors;
if(typeof data33.label !== "string"){
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4+"/label",schemaPath:"#/definitions/Exemplar/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs78 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data33.moved !== undefined){
let data37 = data33.moved;
const _errs80 = errors;
if((!((typeof data37 == "number") && (isFinite(data37)))) && (data37 !== null)){
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4+"/moved",schemaPath:"#/definitions/Exemplar/properties/moved/type",keyword:"type",params:{type: schema25.properties.moved.type},message:"must be number,null"}];
return false;
}
var valid11 = _errs80 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/exemplars/" + i4,schemaPath:"#/definitions/Exemplar/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs70 === errors;
if(!valid9){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/exemplars",schemaPath:"#/properties/exemplars/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const CompareParams = validate20;
const schema26 = {"type":"object","properties":{"path":{"type":"string"},"baseId":{"type":"string"},"modelIds":{"type":"array","items":{"type":"string"}},"workDoneToken":{"type":["string","null"]},"snapshot":{"type":["string","null"]}},"required":["path","baseId","modelIds"],"additionalProperties":false};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.path === undefined) && (missing0 = "path")) || ((data.baseId === undefined) && (missing0 = "baseId"))) || ((data.modelIds === undefined) && (missing0 = "modelIds"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "path") || (key0 === "baseId")) || (key0 === "modelIds")) || (key0 === "workDoneToken")) || (key0 === "snapshot"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate20.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseId !== undefined){
const _errs4 = errors;
if(typeof data.baseId !== "string"){
validate20.errors = [{instancePath:instancePath+"/baseId",schemaPath:"#/properties/baseId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelIds !== undefined){
let data2 = data.modelIds;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(typeof data2[i0] !== "string"){
validate20.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data4 = data.workDoneToken;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate20.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema26.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data5 = data.snapshot;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate20.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema26.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const CompressOptionsParams = validate21;
const schema27 = {"type":"object","properties":{"path":{"type":"string"},"modelId":{"type":"string"}},"required":["path","modelId"],"additionalProperties":false};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.path === undefined) && (missing0 = "path")) || ((data.modelId === undefined) && (missing0 = "modelId"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "path") || (key0 === "modelId"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelId !== undefined){
const _errs4 = errors;
if(typeof data.modelId !== "string"){
validate21.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const CompressOptionsResult = validate22;
const schema28 = {"type":"object","properties":{"modelId":{"type":"string"},"operations":{"type":"array","items":{"$ref":"#/definitions/CompressOption"}}},"required":["modelId","operations"],"additionalProperties":false};
const schema29 = {"type":"object","properties":{"name":{"type":"string"},"parameters":{"type":"array","items":{"$ref":"#/definitions/ParameterDefinition"}},"available":{"type":"boolean"},"reason":{"type":["string","null"]}},"required":["name","parameters","available"],"additionalProperties":false};
const schema30 = {"type":"object","properties":{"name":{"type":"string"},"type":{"$ref":"#/definitions/ParameterType"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"options":{"type":["array","null"],"items":{"type":["string","number","boolean","null"]}}},"required":["name","type"],"additionalProperties":false};
const schema31 = {"type":"string","enum":["continuous","ordinal","nominal","unspecified"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.type === undefined) && (missing0 = "type"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "type")) || (key0 === "min")) || (key0 === "max")) || (key0 === "options"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data1 = data.type;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/ParameterType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data1 === "continuous") || (data1 === "ordinal")) || (data1 === "nominal")) || (data1 === "unspecified"))){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/ParameterType/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.min !== undefined){
let data2 = data.min;
const _errs7 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
validate24.errors = [{instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: schema30.properties.min.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max !== undefined){
let data3 = data.max;
const _errs9 = errors;
if((!((typeof data3 == "number") && (isFinite(data3)))) && (data3 !== null)){
validate24.errors = [{instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: schema30.properties.max.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
let data4 = data.options;
const _errs11 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate24.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: schema30.properties.options.type},message:"must be array,null"}];
return false;
}
if(errors === _errs11){
if(Array.isArray(data4)){
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
if((((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")) && (data5 !== null)){
validate24.errors = [{instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: schema30.properties.options.items.type},message:"must be string,number,boolean,null"}];
return false;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.name === undefined) && (missing0 = "name")) || ((data.parameters === undefined) && (missing0 = "parameters"))) || ((data.available === undefined) && (missing0 = "available"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "parameters")) || (key0 === "available")) || (key0 === "reason"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate23.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data1 = data.parameters;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate24(data1[i0], {instancePath:instancePath+"/parameters/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.available !== undefined){
const _errs7 = errors;
if(typeof data.available !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/available",schemaPath:"#/properties/available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data4 = data.reason;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate23.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema29.properties.reason.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.modelId === undefined) && (missing0 = "modelId")) || ((data.operations === undefined) && (missing0 = "operations"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "modelId") || (key0 === "operations"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.modelId !== undefined){
const _errs2 = errors;
if(typeof data.modelId !== "string"){
validate22.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operations !== undefined){
let data1 = data.operations;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate23(data1[i0], {instancePath:instancePath+"/operations/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const CompressParams = validate27;
const schema32 = {"type":"object","properties":{"path":{"type":"string"},"modelId":{"type":"string"},"operation":{"type":"string"},"parameterSets":{"type":"array","items":{"type":"object","additionalProperties":{"type":["string","number","boolean","null"]}}},"newId":{"type":["string","null"]},"tag":{"type":["string","null"]},"workDoneToken":{"type":["string","null"]}},"required":["path","modelId","operation","parameterSets"],"additionalProperties":false};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.path === undefined) && (missing0 = "path")) || ((data.modelId === undefined) && (missing0 = "modelId"))) || ((data.operation === undefined) && (missing0 = "operation"))) || ((data.parameterSets === undefined) && (missing0 = "parameterSets"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "path") || (key0 === "modelId")) || (key0 === "operation")) || (key0 === "parameterSets")) || (key0 === "newId")) || (key0 === "tag")) || (key0 === "workDoneToken"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate27.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelId !== undefined){
const _errs4 = errors;
if(typeof data.modelId !== "string"){
validate27.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operation !== undefined){
const _errs6 = errors;
if(typeof data.operation !== "string"){
validate27.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameterSets !== undefined){
let data3 = data.parameterSets;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
const _errs13 = errors;
if((((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")) && (data5 !== null)){
validate27.errors = [{instancePath:instancePath+"/parameterSets/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/parameterSets/items/additionalProperties/type",keyword:"type",params:{type: schema32.properties.parameterSets.items.additionalProperties.type},message:"must be string,number,boolean,null"}];
return false;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/parameterSets/" + i0,schemaPath:"#/properties/parameterSets/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/parameterSets",schemaPath:"#/properties/parameterSets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newId !== undefined){
let data6 = data.newId;
const _errs15 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate27.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/properties/newId/type",keyword:"type",params:{type: schema32.properties.newId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tag !== undefined){
let data7 = data.tag;
const _errs17 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate27.errors = [{instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: schema32.properties.tag.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data8 = data.workDoneToken;
const _errs19 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate27.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema32.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

export const CompressResult = validate28;
const schema33 = {"type":"object","properties":{"models":{"type":"array","items":{"$ref":"#/definitions/CompressedModel"}}},"required":["models"],"additionalProperties":false};
const schema34 = {"type":"object","properties":{"id":{"type":"string"},"operation":{"$ref":"#/definitions/OperationApplication"},"artifact":{"type":"string"},"metrics":{"type":"object","additionalProperties":{"type":["number","null"]}}},"required":["id","operation","artifact","metrics"],"additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.operation === undefined) && (missing0 = "operation"))) || ((data.artifact === undefined) && (missing0 = "artifact"))) || ((data.metrics === undefined) && (missing0 = "metrics"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "operation")) || (key0 === "artifact")) || (key0 === "metrics"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate29.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operation !== undefined){
let data1 = data.operation;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.name === undefined) && (missing1 = "name")) || ((data1.parameters === undefined) && (missing1 = "parameters"))){
validate29.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data1){
if(!((key1 === "name") || (key1 === "parameters"))){
validate29.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data1.name !== undefined){
const _errs8 = errors;
if(typeof data1.name !== "string"){
validate29.errors = [{instancePath:instancePath+"/operation/name",schemaPath:"#/definitions/OperationApplication/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.parameters !== undefined){
let data3 = data1.parameters;
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
let data4 = data3[key2];
const _errs13 = errors;
if((((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")) && (data4 !== null)){
validate29.errors = [{instancePath:instancePath+"/operation/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/OperationApplication/properties/parameters/additionalProperties/type",keyword:"type",params:{type: schema13.properties.parameters.additionalProperties.type},message:"must be string,number,boolean,null"}];
return false;
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/operation/parameters",schemaPath:"#/definitions/OperationApplication/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifact !== undefined){
const _errs15 = errors;
if(typeof data.artifact !== "string"){
validate29.errors = [{instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
let data6 = data.metrics;
const _errs17 = errors;
if(errors === _errs17){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
let data7 = data6[key3];
const _errs20 = errors;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
validate29.errors = [{instancePath:instancePath+"/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema34.properties.metrics.additionalProperties.type},message:"must be number,null"}];
return false;
}
var valid4 = _errs20 === errors;
if(!valid4){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.models === undefined) && (missing0 = "models")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "models")){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.models !== undefined){
let data0 = data.models;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate29(data0[i0], {instancePath:instancePath+"/models/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

export const DiagnoseParams = validate31;
const schema36 = {"type":"object","properties":{"path":{"type":"string"},"baseId":{"type":"string"},"modelId":{"type":"string"},"instances":{"type":["integer","null"]},"depth":{"type":["integer","null"]},"sensitivity":{"type":["boolean","null"]},"workDoneToken":{"type":["string","null"]},"snapshot":{"type":["string","null"]}},"required":["path","baseId","modelId"],"additionalProperties":false};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.path === undefined) && (missing0 = "path")) || ((data.baseId === undefined) && (missing0 = "baseId"))) || ((data.modelId === undefined) && (missing0 = "modelId"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "baseId")) || (key0 === "modelId")) || (key0 === "instances")) || (key0 === "depth")) || (key0 === "sensitivity")) || (key0 === "workDoneToken")) || (key0 === "snapshot"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate31.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseId !== undefined){
const _errs4 = errors;
if(typeof data.baseId !== "string"){
validate31.errors = [{instancePath:instancePath+"/baseId",schemaPath:"#/properties/baseId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelId !== undefined){
const _errs6 = errors;
if(typeof data.modelId !== "string"){
validate31.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instances !== undefined){
let data3 = data.instances;
const _errs8 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate31.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: schema36.properties.instances.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.depth !== undefined){
let data4 = data.depth;
const _errs10 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
validate31.errors = [{instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/type",keyword:"type",params:{type: schema36.properties.depth.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sensitivity !== undefined){
let data5 = data.sensitivity;
const _errs12 = errors;
if((typeof data5 !== "boolean") && (data5 !== null)){
validate31.errors = [{instancePath:instancePath+"/sensitivity",schemaPath:"#/properties/sensitivity/type",keyword:"type",params:{type: schema36.properties.sensitivity.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data6 = data.workDoneToken;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate31.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema36.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data7 = data.snapshot;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate31.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema36.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const DiagnoseResult = validate32;
const schema37 = {"type":"object","properties":{"base":{"type":"string"},"model":{"type":"string"},"metric":{"type":"string"},"instances":{"type":"integer"},"baseMetric":{"type":"number"},"modelMetric":{"type":"number"},"seconds":{"type":"number"},"modules":{"type":"array","items":{"$ref":"#/definitions/ModuleDiagnosis"}}},"required":["base","model","metric","instances","baseMetric","modelMetric","seconds","modules"],"additionalProperties":false};
const schema38 = {"type":"object","properties":{"module":{"type":"string"},"params":{"type":"integer"},"recovery":{"type":["number","null"]},"restoredMetric":{"type":"number"},"sensitivity":{"type":["number","null"]},"compressedAloneMetric":{"type":["number","null"]}},"required":["module","params","restoredMetric"],"additionalProperties":false};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.base === undefined) && (missing0 = "base")) || ((data.model === undefined) && (missing0 = "model"))) || ((data.metric === undefined) && (missing0 = "metric"))) || ((data.instances === undefined) && (missing0 = "instances"))) || ((data.baseMetric === undefined) && (missing0 = "baseMetric"))) || ((data.modelMetric === undefined) && (missing0 = "modelMetric"))) || ((data.seconds === undefined) && (missing0 = "seconds"))) || ((data.modules === undefined) && (missing0 = "modules"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "base") || (key0 === "model")) || (key0 === "metric")) || (key0 === "instances")) || (key0 === "baseMetric")) || (key0 === "modelMetric")) || (key0 === "seconds")) || (key0 === "modules"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.base !== undefined){
const _errs2 = errors;
if(typeof data.base !== "string"){
validate32.errors = [{instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.model !== undefined){
const _errs4 = errors;
if(typeof data.model !== "string"){
validate32.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metric !== undefined){
const _errs6 = errors;
if(typeof data.metric !== "string"){
validate32.errors = [{instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instances !== undefined){
let data3 = data.instances;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate32.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseMetric !== undefined){
let data4 = data.baseMetric;
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate32.errors = [{instancePath:instancePath+"/baseMetric",schemaPath:"#/properties/baseMetric/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelMetric !== undefined){
let data5 = data.modelMetric;
const _errs12 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate32.errors = [{instancePath:instancePath+"/modelMetric",schemaPath:"#/properties/modelMetric/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seconds !== undefined){
let data6 = data.seconds;
const _errs14 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate32.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modules !== undefined){
let data7 = data.modules;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if((((data8.module === undefined) && (missing1 = "module")) || ((data8.params === undefined) && (missing1 = "params"))) || ((data8.restoredMetric === undefined) && (missing1 = "restoredMetric"))){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0,schemaPath:"#/definitions/ModuleDiagnosis/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key1 in data8){
if(!((((((key1 === "module") || (key1 === "params")) || (key1 === "recovery")) || (key1 === "restoredMetric")) || (key1 === "sensitivity")) || (key1 === "compressedAloneMetric"))){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0,schemaPath:"#/definitions/ModuleDiagnosis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.module !== undefined){
const _errs22 = errors;
if(typeof data8.module !== "string"){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0+"/module",schemaPath:"#/definitions/ModuleDiagnosis/properties/module/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.params !== undefined){
let data10 = data8.params;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0+"/params",schemaPath:"#/definitions/ModuleDiagnosis/properties/params/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.recovery !== undefined){
let data11 = data8.recovery;
const _errs26 = errors;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0+"/recovery",schemaPath:"#/definitions/ModuleDiagnosis/properties/recovery/type",keyword:"type",params:{type: schema38.properties.recovery.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.restoredMetric !== undefined){
let data12 = data8.restoredMetric;
const _errs28 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0+"/restoredMetric",schemaPath:"#/definitions/ModuleDiagnosis/properties/restoredMetric/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.sensitivity !== undefined){
let data13 = data8.sensitivity;
const _errs30 = errors;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0+"/sensitivity",schemaPath:"#/definitions/ModuleDiagnosis/properties/sensitivity/type",keyword:"type",params:{type: schema38.properties.sensitivity.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.compressedAloneMetric !== undefined){
let data14 = data8.compressedAloneMetric;
const _errs32 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
validate32.errors = [{instancePath:instancePath+"/modules/" + i0+"/compressedAloneMetric",schemaPath:"#/definitions/ModuleDiagnosis/properties/compressedAloneMetric/type",keyword:"type",params:{type: schema38.properties.compressedAloneMetric.type},message:"must be number,null"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/modules/" + i0,schemaPath:"#/definitions/ModuleDiagnosis/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/modules",schemaPath:"#/properties/modules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

export const EvaluateParams = validate33;
const schema39 = {"type":"object","properties":{"path":{"type":"string"},"modelIds":{"type":["array","null"],"items":{"type":"string"}},"workDoneToken":{"type":["string","null"]},"snapshot":{"type":["string","null"]}},"required":["path"],"additionalProperties":false};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "modelIds")) || (key0 === "workDoneToken")) || (key0 === "snapshot"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate33.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelIds !== undefined){
let data1 = data.modelIds;
const _errs4 = errors;
if((!(Array.isArray(data1))) && (data1 !== null)){
validate33.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: schema39.properties.modelIds.type},message:"must be array,null"}];
return false;
}
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate33.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data3 = data.workDoneToken;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate33.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema39.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data4 = data.snapshot;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate33.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema39.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const EvaluateResult = validate34;
const schema40 = {"type":"object","properties":{"models":{"type":"array","items":{"$ref":"#/definitions/ModelEvaluation"}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["models","warnings"],"additionalProperties":false};
const schema41 = {"type":"object","properties":{"modelId":{"type":"string"},"instances":{"type":"integer"},"accuracy":{"type":["number","null"]},"seconds":{"type":"number"},"cached":{"type":"boolean"},"source":{"oneOf":[{"$ref":"#/definitions/ModelSource"},{"type":"null"}]},"executionProvider":{"type":["string","null"]},"error":{"type":["string","null"]}},"required":["modelId","instances","seconds","cached"],"additionalProperties":false};
const schema42 = {"type":"string","enum":["onnx","torchsharp","precomputed"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.modelId === undefined) && (missing0 = "modelId")) || ((data.instances === undefined) && (missing0 = "instances"))) || ((data.seconds === undefined) && (missing0 = "seconds"))) || ((data.cached === undefined) && (missing0 = "cached"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "modelId") || (key0 === "instances")) || (key0 === "accuracy")) || (key0 === "seconds")) || (key0 === "cached")) || (key0 === "source")) || (key0 === "executionProvider")) || (key0 === "error"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.modelId !== undefined){
const _errs2 = errors;
if(typeof data.modelId !== "string"){
validate35.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instances !== undefined){
let data1 = data.instances;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate35.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accuracy !== undefined){
let data2 = data.accuracy;
const _errs6 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
validate35.errors = [{instancePath:instancePath+"/accuracy",schemaPath:"#/properties/accuracy/type",keyword:"type",params:{type: schema41.properties.accuracy.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seconds !== undefined){
let data3 = data.seconds;
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate35.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cached !== undefined){
const _errs10 = errors;
if(typeof data.cached !== "boolean"){
validate35.errors = [{instancePath:instancePath+"/cached",schemaPath:"#/properties/cached/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data5 = data.source;
const _errs12 = errors;
const _errs13 = errors;
let valid1 = false;
let passing0 = null;
const _errs14 = errors;
if(typeof data5 !== "string"){
const err0 = {instancePath:instancePath+"/source",schemaPath:"#/definitions/ModelSource/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data5 === "onnx") || (data5 === "torchsharp")) || (data5 === "precomputed"))){
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/definitions/ModelSource/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs17 = errors;
if(data5 !== null){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executionProvider !== undefined){
let data6 = data.executionProvider;
const _errs19 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate35.errors = [{instancePath:instancePath+"/executionProvider",schemaPath:"#/properties/executionProvider/type",keyword:"type",params:{type: schema41.properties.executionProvider.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data7 = data.error;
const _errs21 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate35.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema41.properties.error.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.models === undefined) && (missing0 = "models")) || ((data.warnings === undefined) && (missing0 = "warnings"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "models") || (key0 === "warnings"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.models !== undefined){
let data0 = data.models;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate35(data0[i0], {instancePath:instancePath+"/models/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warnings !== undefined){
let data2 = data.warnings;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs7 = errors;
if(typeof data2[i1] !== "string"){
validate34.errors = [{instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

export const ExplainSelectionParams = validate37;
const schema43 = {"type":"object","properties":{"path":{"type":"string"},"text":{"type":["string","null"]},"modelIds":{"type":"array","items":{"type":"string"}},"snapshot":{"type":["string","null"]}},"required":["path","modelIds"],"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.path === undefined) && (missing0 = "path")) || ((data.modelIds === undefined) && (missing0 = "modelIds"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "text")) || (key0 === "modelIds")) || (key0 === "snapshot"))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate37.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data1 = data.text;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate37.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: schema43.properties.text.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelIds !== undefined){
let data2 = data.modelIds;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(typeof data2[i0] !== "string"){
validate37.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data4 = data.snapshot;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate37.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema43.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

export const InitializeParams = validate38;
const schema44 = {"type":"object","properties":{"clientName":{"type":"string"},"protocolVersion":{"type":"integer"},"workspaceFolders":{"type":["array","null"],"items":{"type":"string"}},"allowedFolders":{"type":["array","null"],"items":{"type":"string"}},"trusted":{"type":"boolean"},"executionProvider":{"type":["string","null"]}},"required":["clientName","protocolVersion","trusted"],"additionalProperties":false};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.clientName === undefined) && (missing0 = "clientName")) || ((data.protocolVersion === undefined) && (missing0 = "protocolVersion"))) || ((data.trusted === undefined) && (missing0 = "trusted"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "clientName") || (key0 === "protocolVersion")) || (key0 === "workspaceFolders")) || (key0 === "allowedFolders")) || (key0 === "trusted")) || (key0 === "executionProvider"))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.clientName !== undefined){
const _errs2 = errors;
if(typeof data.clientName !== "string"){
validate38.errors = [{instancePath:instancePath+"/clientName",schemaPath:"#/properties/clientName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.protocolVersion !== undefined){
let data1 = data.protocolVersion;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate38.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/properties/protocolVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workspaceFolders !== undefined){
let data2 = data.workspaceFolders;
const _errs6 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate38.errors = [{instancePath:instancePath+"/workspaceFolders",schemaPath:"#/properties/workspaceFolders/type",keyword:"type",params:{type: schema44.properties.workspaceFolders.type},message:"must be array,null"}];
return false;
}
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(typeof data2[i0] !== "string"){
validate38.errors = [{instancePath:instancePath+"/workspaceFolders/" + i0,schemaPath:"#/properties/workspaceFolders/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowedFolders !== undefined){
let data4 = data.allowedFolders;
const _errs10 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate38.errors = [{instancePath:instancePath+"/allowedFolders",schemaPath:"#/properties/allowedFolders/type",keyword:"type",params:{type: schema44.properties.allowedFolders.type},message:"must be array,null"}];
return false;
}
if(errors === _errs10){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs12 = errors;
if(typeof data4[i1] !== "string"){
validate38.errors = [{instancePath:instancePath+"/allowedFolders/" + i1,schemaPath:"#/properties/allowedFolders/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trusted !== undefined){
const _errs14 = errors;
if(typeof data.trusted !== "boolean"){
validate38.errors = [{instancePath:instancePath+"/trusted",schemaPath:"#/properties/trusted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executionProvider !== undefined){
let data7 = data.executionProvider;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate38.errors = [{instancePath:instancePath+"/executionProvider",schemaPath:"#/properties/executionProvider/type",keyword:"type",params:{type: schema44.properties.executionProvider.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

export const InitializeResult = validate39;
const schema45 = {"type":"object","properties":{"protocolVersion":{"type":"integer"},"backendVersion":{"type":"string"},"processId":{"type":"integer"}},"required":["protocolVersion","backendVersion","processId"],"additionalProperties":false};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.protocolVersion === undefined) && (missing0 = "protocolVersion")) || ((data.backendVersion === undefined) && (missing0 = "backendVersion"))) || ((data.processId === undefined) && (missing0 = "processId"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "protocolVersion") || (key0 === "backendVersion")) || (key0 === "processId"))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.protocolVersion !== undefined){
let data0 = data.protocolVersion;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate39.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/properties/protocolVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backendVersion !== undefined){
const _errs4 = errors;
if(typeof data.backendVersion !== "string"){
validate39.errors = [{instancePath:instancePath+"/backendVersion",schemaPath:"#/properties/backendVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processId !== undefined){
let data2 = data.processId;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate39.errors = [{instancePath:instancePath+"/processId",schemaPath:"#/properties/processId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

export const InstanceData = validate40;
const schema46 = {"type":"object","properties":{"instance":{"type":"integer"},"label":{"type":"integer"},"kind":{"$ref":"#/definitions/InstanceKind"},"shape":{"type":["array","null"],"items":{"type":"integer"}},"pixels":{"type":["string","null"]},"text":{"type":["string","null"]},"attributes":{"type":"object","additionalProperties":{"type":"string"}}},"required":["instance","label","kind","attributes"],"additionalProperties":false};
const schema47 = {"type":"string","enum":["image","text"]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.instance === undefined) && (missing0 = "instance")) || ((data.label === undefined) && (missing0 = "label"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.attributes === undefined) && (missing0 = "attributes"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "instance") || (key0 === "label")) || (key0 === "kind")) || (key0 === "shape")) || (key0 === "pixels")) || (key0 === "text")) || (key0 === "attributes"))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.instance !== undefined){
let data0 = data.instance;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate40.errors = [{instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
let data1 = data.label;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate40.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data2 = data.kind;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate40.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/InstanceKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "image") || (data2 === "text"))){
validate40.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/InstanceKind/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shape !== undefined){
let data3 = data.shape;
const _errs9 = errors;
if((!(Array.isArray(data3))) && (data3 !== null)){
validate40.errors = [{instancePath:instancePath+"/shape",schemaPath:"#/properties/shape/type",keyword:"type",params:{type: schema46.properties.shape.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate40.errors = [{instancePath:instancePath+"/shape/" + i0,schemaPath:"#/properties/shape/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pixels !== undefined){
let data5 = data.pixels;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate40.errors = [{instancePath:instancePath+"/pixels",schemaPath:"#/properties/pixels/type",keyword:"type",params:{type: schema46.properties.pixels.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data6 = data.text;
const _errs15 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate40.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: schema46.properties.text.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attributes !== undefined){
let data7 = data.attributes;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs20 = errors;
if(typeof data7[key1] !== "string"){
validate40.errors = [{instancePath:instancePath+"/attributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

export const InstanceParams = validate41;
const schema48 = {"type":"object","properties":{"path":{"type":"string"},"instance":{"type":"integer"},"snapshot":{"type":["string","null"]}},"required":["path","instance"],"additionalProperties":false};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.path === undefined) && (missing0 = "path")) || ((data.instance === undefined) && (missing0 = "instance"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "instance")) || (key0 === "snapshot"))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate41.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instance !== undefined){
let data1 = data.instance;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate41.errors = [{instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data2 = data.snapshot;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate41.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema48.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

export const InstancesPage = validate42;
const schema49 = {"type":"object","properties":{"total":{"type":"integer"},"rows":{"type":"array","items":{"$ref":"#/definitions/InstanceRow"}}},"required":["total","rows"],"additionalProperties":false};
const schema50 = {"type":"object","properties":{"instance":{"type":"integer"},"label":{"type":"integer"},"labels":{"type":["array","null"],"items":{"type":"integer"}},"flips":{"type":"integer"},"predictions":{"type":"array","items":{"$ref":"#/definitions/InstancePrediction"}}},"required":["instance","label","flips","predictions"],"additionalProperties":false};
const schema51 = {"type":"object","properties":{"predicted":{"type":"integer"},"confidence":{"type":"number"},"correct":{"type":"boolean"},"agrees":{"type":"boolean"},"kl":{"type":"number"},"confidenceChange":{"type":"number"},"change":{"$ref":"#/definitions/CorrectnessChange"},"predictedSet":{"type":["array","null"],"items":{"type":"integer"}},"cosine":{"type":["number","null"]},"mse":{"type":["number","null"]},"relativeL2":{"type":["number","null"]},"labelMse":{"type":["number","null"]},"text":{"type":["string","null"]},"tokenF1":{"type":["number","null"]},"tokenF1ToBase":{"type":["number","null"]}},"required":["predicted","confidence","correct","agrees","kl","confidenceChange","change"],"additionalProperties":false};
const schema52 = {"type":"string","enum":["bothRight","fixed","broken","bothWrong"]};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.predicted === undefined) && (missing0 = "predicted")) || ((data.confidence === undefined) && (missing0 = "confidence"))) || ((data.correct === undefined) && (missing0 = "correct"))) || ((data.agrees === undefined) && (missing0 = "agrees"))) || ((data.kl === undefined) && (missing0 = "kl"))) || ((data.confidenceChange === undefined) && (missing0 = "confidenceChange"))) || ((data.change === undefined) && (missing0 = "change"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema51.properties, key0))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.predicted !== undefined){
let data0 = data.predicted;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate44.errors = [{instancePath:instancePath+"/predicted",schemaPath:"#/properties/predicted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.confidence !== undefined){
let data1 = data.confidence;
const _errs4 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate44.errors = [{instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correct !== undefined){
const _errs6 = errors;
if(typeof data.correct !== "boolean"){
validate44.errors = [{instancePath:instancePath+"/correct",schemaPath:"#/properties/correct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.agrees !== undefined){
const _errs8 = errors;
if(typeof data.agrees !== "boolean"){
validate44.errors = [{instancePath:instancePath+"/agrees",schemaPath:"#/properties/agrees/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kl !== undefined){
let data4 = data.kl;
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate44.errors = [{instancePath:instancePath+"/kl",schemaPath:"#/properties/kl/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.confidenceChange !== undefined){
let data5 = data.confidenceChange;
const _errs12 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate44.errors = [{instancePath:instancePath+"/confidenceChange",schemaPath:"#/properties/confidenceChange/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.change !== undefined){
let data6 = data.change;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate44.errors = [{instancePath:instancePath+"/change",schemaPath:"#/definitions/CorrectnessChange/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data6 === "bothRight") || (data6 === "fixed")) || (data6 === "broken")) || (data6 === "bothWrong"))){
validate44.errors = [{instancePath:instancePath+"/change",schemaPath:"#/definitions/CorrectnessChange/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.predictedSet !== undefined){
let data7 = data.predictedSet;
const _errs17 = errors;
if((!(Array.isArray(data7))) && (data7 !== null)){
validate44.errors = [{instancePath:instancePath+"/predictedSet",schemaPath:"#/properties/predictedSet/type",keyword:"type",params:{type: schema51.properties.predictedSet.type},message:"must be array,null"}];
return false;
}
if(errors === _errs17){
if(Array.isArray(data7)){
var valid2 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate44.errors = [{instancePath:instancePath+"/predictedSet/" + i0,schemaPath:"#/properties/predictedSet/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs19 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cosine !== undefined){
let data9 = data.cosine;
const _errs21 = errors;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
validate44.errors = [{instancePath:instancePath+"/cosine",schemaPath:"#/properties/cosine/type",keyword:"type",params:{type: schema51.properties.cosine.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mse !== undefined){
let data10 = data.mse;
const _errs23 = errors;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
validate44.errors = [{instancePath:instancePath+"/mse",schemaPath:"#/properties/mse/type",keyword:"type",params:{type: schema51.properties.mse.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.relativeL2 !== undefined){
let data11 = data.relativeL2;
const _errs25 = errors;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
validate44.errors = [{instancePath:instancePath+"/relativeL2",schemaPath:"#/properties/relativeL2/type",keyword:"type",params:{type: schema51.properties.relativeL2.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labelMse !== undefined){
let data12 = data.labelMse;
const _errs27 = errors;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
validate44.errors = [{instancePath:instancePath+"/labelMse",schemaPath:"#/properties/labelMse/type",keyword:"type",params:{type: schema51.properties.labelMse.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data13 = data.text;
const _errs29 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
validate44.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: schema51.properties.text.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenF1 !== undefined){
let data14 = data.tokenF1;
const _errs31 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
validate44.errors = [{instancePath:instancePath+"/tokenF1",schemaPath:"#/properties/tokenF1/type",keyword:"type",params:{type: schema51.properties.tokenF1.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenF1ToBase !== undefined){
let data15 = data.tokenF1ToBase;
const _errs33 = errors;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
validate44.errors = [{instancePath:instancePath+"/tokenF1ToBase",schemaPath:"#/properties/tokenF1ToBase/type",keyword:"type",params:{type: schema51.properties.tokenF1ToBase.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.instance === undefined) && (missing0 = "instance")) || ((data.label === undefined) && (missing0 = "label"))) || ((data.flips === undefined) && (missing0 = "flips"))) || ((data.predictions === undefined) && (missing0 = "predictions"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "instance") || (key0 === "label")) || (key0 === "labels")) || (key0 === "flips")) || (key0 === "predictions"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.instance !== undefined){
let data0 = data.instance;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate43.errors = [{instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
let data1 = data.label;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate43.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labels !== undefined){
let data2 = data.labels;
const _errs6 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate43.errors = [{instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema50.properties.labels.type},message:"must be array,null"}];
return false;
}
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate43.errors = [{instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.flips !== undefined){
let data4 = data.flips;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate43.errors = [{instancePath:instancePath+"/flips",schemaPath:"#/properties/flips/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.predictions !== undefined){
let data5 = data.predictions;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs14 = errors;
if(!(validate44(data5[i1], {instancePath:instancePath+"/predictions/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid2 = _errs14 === errors;
if(!valid2){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/predictions",schemaPath:"#/properties/predictions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.rows === undefined) && (missing0 = "rows"))){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "total") || (key0 === "rows"))){
validate42.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.total !== undefined){
let data0 = data.total;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate42.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rows !== undefined){
let data1 = data.rows;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate43(data1[i0], {instancePath:instancePath+"/rows/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}

export const InstancesParams = validate47;
const schema53 = {"type":"object","properties":{"path":{"type":"string"},"baseId":{"type":"string"},"modelIds":{"type":"array","items":{"type":"string"}},"offset":{"type":"integer"},"limit":{"type":"integer"},"snapshot":{"type":["string","null"]},"sort":{"oneOf":[{"$ref":"#/definitions/InstanceSort"},{"type":"null"}]},"filter":{"oneOf":[{"$ref":"#/definitions/InstanceFilter"},{"type":"null"}]}},"required":["path","baseId","modelIds","offset","limit"],"additionalProperties":false};
const schema54 = {"type":"object","properties":{"field":{"$ref":"#/definitions/InstanceSortField"},"modelId":{"type":["string","null"]},"descending":{"type":"boolean"}},"required":["field"],"additionalProperties":false};
const schema55 = {"type":"string","enum":["flips","correct","confidence","confidenceChange","kl","agrees","cosine","mse","relativeL2","labelMse"]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.field === undefined) && (missing0 = "field")){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "field") || (key0 === "modelId")) || (key0 === "descending"))){
validate48.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.field !== undefined){
let data0 = data.field;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate48.errors = [{instancePath:instancePath+"/field",schemaPath:"#/definitions/InstanceSortField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data0 === "flips") || (data0 === "correct")) || (data0 === "confidence")) || (data0 === "confidenceChange")) || (data0 === "kl")) || (data0 === "agrees")) || (data0 === "cosine")) || (data0 === "mse")) || (data0 === "relativeL2")) || (data0 === "labelMse"))){
validate48.errors = [{instancePath:instancePath+"/field",schemaPath:"#/definitions/InstanceSortField/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelId !== undefined){
let data1 = data.modelId;
const _errs5 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate48.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: schema54.properties.modelId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.descending !== undefined){
const _errs7 = errors;
if(typeof data.descending !== "boolean"){
validate48.errors = [{instancePath:instancePath+"/descending",schemaPath:"#/properties/descending/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

const schema56 = {"type":"object","properties":{"change":{"oneOf":[{"$ref":"#/definitions/InstanceChange"},{"type":"null"}]},"modelId":{"type":["string","null"]},"classIndex":{"type":["integer","null"]},"search":{"type":["string","null"]},"instances":{"type":["array","null"],"items":{"type":"integer"}}},"additionalProperties":false};
const schema57 = {"type":"string","enum":["all","fixed","broken","bothRight","bothWrong","disagree"]};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "change") || (key0 === "modelId")) || (key0 === "classIndex")) || (key0 === "search")) || (key0 === "instances"))){
validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.change !== undefined){
let data0 = data.change;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/change",schemaPath:"#/definitions/InstanceChange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data0 === "all") || (data0 === "fixed")) || (data0 === "broken")) || (data0 === "bothRight")) || (data0 === "bothWrong")) || (data0 === "disagree"))){
const err1 = {instancePath:instancePath+"/change",schemaPath:"#/definitions/InstanceChange/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data0 !== null){
const err2 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate50.errors = vErrors;
return false;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelId !== undefined){
let data1 = data.modelId;
const _errs9 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate50.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: schema56.properties.modelId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.classIndex !== undefined){
let data2 = data.classIndex;
const _errs11 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate50.errors = [{instancePath:instancePath+"/classIndex",schemaPath:"#/properties/classIndex/type",keyword:"type",params:{type: schema56.properties.classIndex.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.search !== undefined){
let data3 = data.search;
const _errs13 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate50.errors = [{instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: schema56.properties.search.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instances !== undefined){
let data4 = data.instances;
const _errs15 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate50.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: schema56.properties.instances.type},message:"must be array,null"}];
return false;
}
if(errors === _errs15){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs17 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate50.errors = [{instancePath:instancePath+"/instances/" + i0,schemaPath:"#/properties/instances/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.path === undefined) && (missing0 = "path")) || ((data.baseId === undefined) && (missing0 = "baseId"))) || ((data.modelIds === undefined) && (missing0 = "modelIds"))) || ((data.offset === undefined) && (missing0 = "offset"))) || ((data.limit === undefined) && (missing0 = "limit"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "baseId")) || (key0 === "modelIds")) || (key0 === "offset")) || (key0 === "limit")) || (key0 === "snapshot")) || (key0 === "sort")) || (key0 === "filter"))){
validate47.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseId !== undefined){
const _errs4 = errors;
if(typeof data.baseId !== "string"){
validate47.errors = [{instancePath:instancePath+"/baseId",schemaPath:"#/properties/baseId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelIds !== undefined){
let data2 = data.modelIds;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(typeof data2[i0] !== "string"){
validate47.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data4 = data.offset;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate47.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data5 = data.limit;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate47.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data6 = data.snapshot;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate47.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema53.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort !== undefined){
let data7 = data.sort;
const _errs16 = errors;
const _errs17 = errors;
let valid2 = false;
let passing0 = null;
const _errs18 = errors;
if(!(validate48(data7, {instancePath:instancePath+"/sort",parentData:data,parentDataProperty:"sort",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data7 !== null){
const err0 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err1 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate47.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.filter !== undefined){
let data8 = data.filter;
const _errs21 = errors;
const _errs22 = errors;
let valid3 = false;
let passing1 = null;
const _errs23 = errors;
if(!(validate50(data8, {instancePath:instancePath+"/filter",parentData:data,parentDataProperty:"filter",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid1 = _errs23 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs24 = errors;
if(data8 !== null){
const err2 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err3 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate47.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}

export const ProbeParams = validate52;
const schema58 = {"type":"object","properties":{"path":{"type":["string","null"]},"baseId":{"type":["string","null"]},"modelIds":{"type":["array","null"],"items":{"type":"string"}},"files":{"type":["array","null"],"items":{"type":"string"}},"bins":{"type":["integer","null"]},"activations":{"type":["integer","null"]},"workDoneToken":{"type":["string","null"]},"snapshot":{"type":["string","null"]}},"additionalProperties":false};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "baseId")) || (key0 === "modelIds")) || (key0 === "files")) || (key0 === "bins")) || (key0 === "activations")) || (key0 === "workDoneToken")) || (key0 === "snapshot"))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
let data0 = data.path;
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate52.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: schema58.properties.path.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseId !== undefined){
let data1 = data.baseId;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate52.errors = [{instancePath:instancePath+"/baseId",schemaPath:"#/properties/baseId/type",keyword:"type",params:{type: schema58.properties.baseId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelIds !== undefined){
let data2 = data.modelIds;
const _errs6 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate52.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: schema58.properties.modelIds.type},message:"must be array,null"}];
return false;
}
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(typeof data2[i0] !== "string"){
validate52.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.files !== undefined){
let data4 = data.files;
const _errs10 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate52.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: schema58.properties.files.type},message:"must be array,null"}];
return false;
}
if(errors === _errs10){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs12 = errors;
if(typeof data4[i1] !== "string"){
validate52.errors = [{instancePath:instancePath+"/files/" + i1,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bins !== undefined){
let data6 = data.bins;
const _errs14 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
validate52.errors = [{instancePath:instancePath+"/bins",schemaPath:"#/properties/bins/type",keyword:"type",params:{type: schema58.properties.bins.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.activations !== undefined){
let data7 = data.activations;
const _errs16 = errors;
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){
validate52.errors = [{instancePath:instancePath+"/activations",schemaPath:"#/properties/activations/type",keyword:"type",params:{type: schema58.properties.activations.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data8 = data.workDoneToken;
const _errs18 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate52.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema58.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data9 = data.snapshot;
const _errs20 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate52.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema58.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}

export const ProbeResult = validate53;
const schema59 = {"type":"object","properties":{"models":{"type":"array","items":{"type":"string"}},"tensors":{"type":"array","items":{"$ref":"#/definitions/TensorProbe"}},"modules":{"type":"array","items":{"$ref":"#/definitions/ModuleProbe"}},"unmatched":{"type":"array","items":{"$ref":"#/definitions/UnmatchedTensor"}},"changeBands":{"type":"array","items":{"type":"string"}},"activations":{"oneOf":[{"$ref":"#/definitions/ActivationsProbe"},{"type":"null"}]}},"required":["models","tensors","modules","unmatched","changeBands"],"additionalProperties":false};
const schema64 = {"type":"object","properties":{"name":{"type":"string"},"model":{"type":"string"},"reason":{"type":"string"}},"required":["name","model","reason"],"additionalProperties":false};
const schema60 = {"type":"object","properties":{"name":{"type":"string"},"stored":{"type":["string","null"]},"module":{"type":"string"},"matchedAs":{"type":["array","null"],"items":{"type":["string","null"]}},"shape":{"type":"array","items":{"type":"integer"}},"params":{"type":"integer"},"binMin":{"type":"number"},"binMax":{"type":"number"},"models":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/TensorStats"},{"type":"null"}]}}},"required":["name","module","shape","params","binMin","binMax","models"],"additionalProperties":false};
const schema61 = {"type":"object","properties":{"sparsity":{"type":"number"},"zeroInBoth":{"type":["number","null"]},"zeroOnlyHere":{"type":["number","null"]},"min":{"type":"number"},"max":{"type":"number"},"mean":{"type":"number"},"std":{"type":"number"},"histogram":{"type":"array","items":{"type":"integer"}},"relL2":{"type":["number","null"]},"changed":{"type":"number"},"changeHistograms":{"type":"array","items":{"type":"array","items":{"type":"integer"}}},"nonFinite":{"type":"integer"}},"required":["sparsity","min","max","mean","std","histogram","changed","changeHistograms","nonFinite"],"additionalProperties":false};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.name === undefined) && (missing0 = "name")) || ((data.module === undefined) && (missing0 = "module"))) || ((data.shape === undefined) && (missing0 = "shape"))) || ((data.params === undefined) && (missing0 = "params"))) || ((data.binMin === undefined) && (missing0 = "binMin"))) || ((data.binMax === undefined) && (missing0 = "binMax"))) || ((data.models === undefined) && (missing0 = "models"))){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema60.properties, key0))){
validate54.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate54.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stored !== undefined){
let data1 = data.stored;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate54.errors = [{instancePath:instancePath+"/stored",schemaPath:"#/properties/stored/type",keyword:"type",params:{type: schema60.properties.stored.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.module !== undefined){
const _errs6 = errors;
if(typeof data.module !== "string"){
validate54.errors = [{instancePath:instancePath+"/module",schemaPath:"#/properties/module/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.matchedAs !== undefined){
let data3 = data.matchedAs;
const _errs8 = errors;
if((!(Array.isArray(data3))) && (data3 !== null)){
validate54.errors = [{instancePath:instancePath+"/matchedAs",schemaPath:"#/properties/matchedAs/type",keyword:"type",params:{type: schema60.properties.matchedAs.type},message:"must be array,null"}];
return false;
}
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate54.errors = [{instancePath:instancePath+"/matchedAs/" + i0,schemaPath:"#/properties/matchedAs/items/type",keyword:"type",params:{type: schema60.properties.matchedAs.items.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shape !== undefined){
let data5 = data.shape;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate54.errors = [{instancePath:instancePath+"/shape/" + i1,schemaPath:"#/properties/shape/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs14 === errors;
if(!valid2){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/shape",schemaPath:"#/properties/shape/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data7 = data.params;
const _errs16 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate54.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.binMin !== undefined){
let data8 = data.binMin;
const _errs18 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate54.errors = [{instancePath:instancePath+"/binMin",schemaPath:"#/properties/binMin/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.binMax !== undefined){
let data9 = data.binMax;
const _errs20 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate54.errors = [{instancePath:instancePath+"/binMax",schemaPath:"#/properties/binMax/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data10 = data.models;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data10)){
var valid3 = true;
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs24 = errors;
const _errs25 = errors;
let valid4 = false;
let passing0 = null;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing1;
if((((((((((data11.sparsity === undefined) && (missing1 = "sparsity")) || ((data11.min === undefined) && (missing1 = "min"))) || ((data11.max === undefined) && (missing1 = "max"))) || ((data11.mean === undefined) && (missing1 = "mean"))) || ((data11.std === undefined) && (missing1 = "std"))) || ((data11.histogram === undefined) && (missing1 = "histogram"))) || ((data11.changed === undefined) && (missing1 = "changed"))) || ((data11.changeHistograms === undefined) && (missing1 = "changeHistograms"))) || ((data11.nonFinite === undefined) && (missing1 = "nonFinite"))){
const err0 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/definitions/TensorStats/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs29 = errors;
for(const key1 in data11){
if(!(func2.call(schema61.properties, key1))){
const err1 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/definitions/TensorStats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs29 === errors){
if(data11.sparsity !== undefined){
let data12 = data11.sparsity;
const _errs30 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err2 = {instancePath:instancePath+"/models/" + i2+"/sparsity",schemaPath:"#/definitions/TensorStats/properties/sparsity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.zeroInBoth !== undefined){
let data13 = data11.zeroInBoth;
const _errs32 = errors;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
const err3 = {instancePath:instancePath+"/models/" + i2+"/zeroInBoth",schemaPath:"#/definitions/TensorStats/properties/zeroInBoth/type",keyword:"type",params:{type: schema61.properties.zeroInBoth.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.zeroOnlyHere !== undefined){
let data14 = data11.zeroOnlyHere;
const _errs34 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err4 = {instancePath:instancePath+"/models/" + i2+"/zeroOnlyHere",schemaPath:"#/definitions/TensorStats/properties/zeroOnlyHere/type",keyword:"type",params:{type: schema61.properties.zeroOnlyHere.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.min !== undefined){
let data15 = data11.min;
const _errs36 = errors;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err5 = {instancePath:instancePath+"/models/" + i2+"/min",schemaPath:"#/definitions/TensorStats/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid6 = _errs36 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.max !== undefined){
let data16 = data11.max;
const _errs38 = errors;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err6 = {instancePath:instancePath+"/models/" + i2+"/max",schemaPath:"#/definitions/TensorStats/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.mean !== undefined){
let data17 = data11.mean;
const _errs40 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err7 = {instancePath:instancePath+"/models/" + i2+"/mean",schemaPath:"#/definitions/TensorStats/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.std !== undefined){
let data18 = data11.std;
const _errs42 = errors;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err8 = {instancePath:instancePath+"/models/" + i2+"/std",schemaPath:"#/definitions/TensorStats/properties/std/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.histogram !== undefined){
let data19 = data11.histogram;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data19)){
var valid7 = true;
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
let data20 = data19[i3];
const _errs46 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err9 = {instancePath:instancePath+"/models/" + i2+"/histogram/" + i3,schemaPath:"#/definitions/TensorStats/properties/histogram/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid7 = _errs46 === errors;
if(!valid7){
break;
}
}
}
else {
const err10 = {instancePath:instancePath+"/models/" + i2+"/histogram",schemaPath:"#/definitions/TensorStats/properties/histogram/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid6 = _errs44 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.relL2 !== undefined){
let data21 = data11.relL2;
const _errs48 = errors;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
const err11 = {instancePath:instancePath+"/models/" + i2+"/relL2",schemaPath:"#/definitions/TensorStats/properties/relL2/type",keyword:"type",params:{type: schema61.properties.relL2.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid6 = _errs48 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.changed !== undefined){
let data22 = data11.changed;
const _errs50 = errors;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err12 = {instancePath:instancePath+"/models/" + i2+"/changed",schemaPath:"#/definitions/TensorStats/properties/changed/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid6 = _errs50 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.changeHistograms !== undefined){
let data23 = data11.changeHistograms;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data23)){
var valid8 = true;
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
let data24 = data23[i4];
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data24)){
var valid9 = true;
const len5 = data24.length;
for(let i5=0; i5<len5; i5++){
let data25 = data24[i5];
const _errs56 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err13 = {instancePath:instancePath+"/models/" + i2+"/changeHistograms/" + i4+"/" + i5,schemaPath:"#/definitions/TensorStats/properties/changeHistograms/items/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid9 = _errs56 === errors;
if(!valid9){
break;
}
}
}
else {
const err14 = {instancePath:instancePath+"/models/" + i2+"/changeHistograms/" + i4,schemaPath:"#/definitions/TensorStats/properties/changeHistograms/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid8 = _errs54 === errors;
if(!valid8){
break;
}
}
}
else {
const err15 = {instancePath:instancePath+"/models/" + i2+"/changeHistograms",schemaPath:"#/definitions/TensorStats/properties/changeHistograms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid6 = _errs52 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.nonFinite !== undefined){
let data26 = data11.nonFinite;
const _errs58 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err16 = {instancePath:instancePath+"/models/" + i2+"/nonFinite",schemaPath:"#/definitions/TensorStats/properties/nonFinite/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid6 = _errs58 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/definitions/TensorStats/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid0 = _errs26 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs60 = errors;
if(data11 !== null){
const err18 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/properties/models/items/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs60 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err19 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/properties/models/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate54.errors = vErrors;
return false;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs24 === errors;
if(!valid3){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}

const schema62 = {"type":"object","properties":{"name":{"type":"string"},"parent":{"type":["string","null"]},"type":{"type":["string","null"]},"params":{"type":"integer"},"models":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/ModuleStats"},{"type":"null"}]}}},"required":["name","params","models"],"additionalProperties":false};
const schema63 = {"type":"object","properties":{"sparsity":{"type":"number"},"zeroInBoth":{"type":["number","null"]},"zeroOnlyHere":{"type":["number","null"]},"relL2":{"type":["number","null"]},"changed":{"type":"number"}},"required":["sparsity","changed"],"additionalProperties":false};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.name === undefined) && (missing0 = "name")) || ((data.params === undefined) && (missing0 = "params"))) || ((data.models === undefined) && (missing0 = "models"))){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "parent")) || (key0 === "type")) || (key0 === "params")) || (key0 === "models"))){
validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate56.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parent !== undefined){
let data1 = data.parent;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate56.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/type",keyword:"type",params:{type: schema62.properties.parent.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate56.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: schema62.properties.type.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data3 = data.params;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate56.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data4 = data.models;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
const _errs13 = errors;
let valid2 = false;
let passing0 = null;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.sparsity === undefined) && (missing1 = "sparsity")) || ((data5.changed === undefined) && (missing1 = "changed"))){
const err0 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/definitions/ModuleStats/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs17 = errors;
for(const key1 in data5){
if(!(((((key1 === "sparsity") || (key1 === "zeroInBoth")) || (key1 === "zeroOnlyHere")) || (key1 === "relL2")) || (key1 === "changed"))){
const err1 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/definitions/ModuleStats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs17 === errors){
if(data5.sparsity !== undefined){
let data6 = data5.sparsity;
const _errs18 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err2 = {instancePath:instancePath+"/models/" + i0+"/sparsity",schemaPath:"#/definitions/ModuleStats/properties/sparsity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.zeroInBoth !== undefined){
let data7 = data5.zeroInBoth;
const _errs20 = errors;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err3 = {instancePath:instancePath+"/models/" + i0+"/zeroInBoth",schemaPath:"#/definitions/ModuleStats/properties/zeroInBoth/type",keyword:"type",params:{type: schema63.properties.zeroInBoth.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.zeroOnlyHere !== undefined){
let data8 = data5.zeroOnlyHere;
const _errs22 = errors;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err4 = {instancePath:instancePath+"/models/" + i0+"/zeroOnlyHere",schemaPath:"#/definitions/ModuleStats/properties/zeroOnlyHere/type",keyword:"type",params:{type: schema63.properties.zeroOnlyHere.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.relL2 !== undefined){
let data9 = data5.relL2;
const _errs24 = errors;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err5 = {instancePath:instancePath+"/models/" + i0+"/relL2",schemaPath:"#/definitions/ModuleStats/properties/relL2/type",keyword:"type",params:{type: schema63.properties.relL2.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.changed !== undefined){
let data10 = data5.changed;
const _errs26 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err6 = {instancePath:instancePath+"/models/" + i0+"/changed",schemaPath:"#/definitions/ModuleStats/properties/changed/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/definitions/ModuleStats/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs14 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs28 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err9 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate56.errors = vErrors;
return false;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}

const schema65 = {"type":"object","properties":{"instances":{"type":"integer"},"instanceIndices":{"type":"array","items":{"type":"integer"}},"outputs":{"type":"array","items":{"$ref":"#/definitions/TensorProbe"}},"unmatched":{"type":"array","items":{"$ref":"#/definitions/UnmatchedTensor"}}},"required":["instances","instanceIndices","outputs","unmatched"],"additionalProperties":false};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.instances === undefined) && (missing0 = "instances")) || ((data.instanceIndices === undefined) && (missing0 = "instanceIndices"))) || ((data.outputs === undefined) && (missing0 = "outputs"))) || ((data.unmatched === undefined) && (missing0 = "unmatched"))){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "instances") || (key0 === "instanceIndices")) || (key0 === "outputs")) || (key0 === "unmatched"))){
validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.instances !== undefined){
let data0 = data.instances;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate58.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instanceIndices !== undefined){
let data1 = data.instanceIndices;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate58.errors = [{instancePath:instancePath+"/instanceIndices/" + i0,schemaPath:"#/properties/instanceIndices/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/instanceIndices",schemaPath:"#/properties/instanceIndices/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outputs !== undefined){
let data3 = data.outputs;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate54(data3[i1], {instancePath:instancePath+"/outputs/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unmatched !== undefined){
let data5 = data.unmatched;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid3 = true;
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((((data6.name === undefined) && (missing1 = "name")) || ((data6.model === undefined) && (missing1 = "model"))) || ((data6.reason === undefined) && (missing1 = "reason"))){
validate58.errors = [{instancePath:instancePath+"/unmatched/" + i2,schemaPath:"#/definitions/UnmatchedTensor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key1 in data6){
if(!(((key1 === "name") || (key1 === "model")) || (key1 === "reason"))){
validate58.errors = [{instancePath:instancePath+"/unmatched/" + i2,schemaPath:"#/definitions/UnmatchedTensor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.name !== undefined){
const _errs17 = errors;
if(typeof data6.name !== "string"){
validate58.errors = [{instancePath:instancePath+"/unmatched/" + i2+"/name",schemaPath:"#/definitions/UnmatchedTensor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.model !== undefined){
const _errs19 = errors;
if(typeof data6.model !== "string"){
validate58.errors = [{instancePath:instancePath+"/unmatched/" + i2+"/model",schemaPath:"#/definitions/UnmatchedTensor/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.reason !== undefined){
const _errs21 = errors;
if(typeof data6.reason !== "string"){
validate58.errors = [{instancePath:instancePath+"/unmatched/" + i2+"/reason",schemaPath:"#/definitions/UnmatchedTensor/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/unmatched/" + i2,schemaPath:"#/definitions/UnmatchedTensor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/unmatched",schemaPath:"#/properties/unmatched/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.models === undefined) && (missing0 = "models")) || ((data.tensors === undefined) && (missing0 = "tensors"))) || ((data.modules === undefined) && (missing0 = "modules"))) || ((data.unmatched === undefined) && (missing0 = "unmatched"))) || ((data.changeBands === undefined) && (missing0 = "changeBands"))){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "models") || (key0 === "tensors")) || (key0 === "modules")) || (key0 === "unmatched")) || (key0 === "changeBands")) || (key0 === "activations"))){
validate53.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.models !== undefined){
let data0 = data.models;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate53.errors = [{instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tensors !== undefined){
let data2 = data.tensors;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(!(validate54(data2[i1], {instancePath:instancePath+"/tensors/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/tensors",schemaPath:"#/properties/tensors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modules !== undefined){
let data4 = data.modules;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid3 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
const _errs11 = errors;
if(!(validate56(data4[i2], {instancePath:instancePath+"/modules/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/modules",schemaPath:"#/properties/modules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unmatched !== undefined){
let data6 = data.unmatched;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data6)){
var valid4 = true;
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if((((data7.name === undefined) && (missing1 = "name")) || ((data7.model === undefined) && (missing1 = "model"))) || ((data7.reason === undefined) && (missing1 = "reason"))){
validate53.errors = [{instancePath:instancePath+"/unmatched/" + i3,schemaPath:"#/definitions/UnmatchedTensor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key1 in data7){
if(!(((key1 === "name") || (key1 === "model")) || (key1 === "reason"))){
validate53.errors = [{instancePath:instancePath+"/unmatched/" + i3,schemaPath:"#/definitions/UnmatchedTensor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data7.name !== undefined){
const _errs18 = errors;
if(typeof data7.name !== "string"){
validate53.errors = [{instancePath:instancePath+"/unmatched/" + i3+"/name",schemaPath:"#/definitions/UnmatchedTensor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs18 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.model !== undefined){
const _errs20 = errors;
if(typeof data7.model !== "string"){
validate53.errors = [{instancePath:instancePath+"/unmatched/" + i3+"/model",schemaPath:"#/definitions/UnmatchedTensor/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs20 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.reason !== undefined){
const _errs22 = errors;
if(typeof data7.reason !== "string"){
validate53.errors = [{instancePath:instancePath+"/unmatched/" + i3+"/reason",schemaPath:"#/definitions/UnmatchedTensor/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/unmatched/" + i3,schemaPath:"#/definitions/UnmatchedTensor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/unmatched",schemaPath:"#/properties/unmatched/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changeBands !== undefined){
let data11 = data.changeBands;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data11)){
var valid7 = true;
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
const _errs26 = errors;
if(typeof data11[i4] !== "string"){
validate53.errors = [{instancePath:instancePath+"/changeBands/" + i4,schemaPath:"#/properties/changeBands/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs26 === errors;
if(!valid7){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/changeBands",schemaPath:"#/properties/changeBands/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.activations !== undefined){
let data13 = data.activations;
const _errs28 = errors;
const _errs29 = errors;
let valid8 = false;
let passing0 = null;
const _errs30 = errors;
if(!(validate58(data13, {instancePath:instancePath+"/activations",parentData:data,parentDataProperty:"activations",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid0 = _errs30 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data13 !== null){
const err0 = {instancePath:instancePath+"/activations",schemaPath:"#/properties/activations/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err1 = {instancePath:instancePath+"/activations",schemaPath:"#/properties/activations/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate53.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}

export const ProgressParams = validate61;
const schema67 = {"type":"object","properties":{"token":{"type":"string"},"value":{"$ref":"#/definitions/ProgressValue"}},"required":["token","value"],"additionalProperties":false};
const schema68 = {"type":"object","properties":{"kind":{"$ref":"#/definitions/ProgressKind"},"message":{"type":["string","null"]},"percentage":{"type":["integer","null"]}},"required":["kind"],"additionalProperties":false};
const schema69 = {"type":"string","enum":["begin","report","end"]};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "message")) || (key0 === "percentage"))){
validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate62.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/ProgressKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data0 === "begin") || (data0 === "report")) || (data0 === "end"))){
validate62.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/ProgressKind/enum",keyword:"enum",params:{allowedValues: schema69.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data1 = data.message;
const _errs5 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate62.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: schema68.properties.message.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.percentage !== undefined){
let data2 = data.percentage;
const _errs7 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate62.errors = [{instancePath:instancePath+"/percentage",schemaPath:"#/properties/percentage/type",keyword:"type",params:{type: schema68.properties.percentage.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.value === undefined) && (missing0 = "value"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "token") || (key0 === "value"))){
validate61.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.token !== undefined){
const _errs2 = errors;
if(typeof data.token !== "string"){
validate61.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs4 = errors;
if(!(validate62(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

export const ReportResult = validate64;
const schema70 = {"type":"object","properties":{"out":{"type":"string"},"files":{"type":"array","items":{"type":"string"}},"models":{"type":"array","items":{"type":"string"}},"paretoIds":{"type":"array","items":{"type":"string"}},"sha256":{"type":"string"}},"required":["out","files","models","paretoIds","sha256"],"additionalProperties":false};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.out === undefined) && (missing0 = "out")) || ((data.files === undefined) && (missing0 = "files"))) || ((data.models === undefined) && (missing0 = "models"))) || ((data.paretoIds === undefined) && (missing0 = "paretoIds"))) || ((data.sha256 === undefined) && (missing0 = "sha256"))){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "out") || (key0 === "files")) || (key0 === "models")) || (key0 === "paretoIds")) || (key0 === "sha256"))){
validate64.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.out !== undefined){
const _errs2 = errors;
if(typeof data.out !== "string"){
validate64.errors = [{instancePath:instancePath+"/out",schemaPath:"#/properties/out/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.files !== undefined){
let data1 = data.files;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate64.errors = [{instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data3 = data.models;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(typeof data3[i1] !== "string"){
validate64.errors = [{instancePath:instancePath+"/models/" + i1,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paretoIds !== undefined){
let data5 = data.paretoIds;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid3 = true;
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
const _errs14 = errors;
if(typeof data5[i2] !== "string"){
validate64.errors = [{instancePath:instancePath+"/paretoIds/" + i2,schemaPath:"#/properties/paretoIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/paretoIds",schemaPath:"#/properties/paretoIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sha256 !== undefined){
const _errs16 = errors;
if(typeof data.sha256 !== "string"){
validate64.errors = [{instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}

export const SelectionExplanation = validate65;
const schema71 = {"type":"object","properties":{"modelIds":{"type":"array","items":{"type":"string"}},"unknownIds":{"type":"array","items":{"type":"string"}},"variables":{"type":"array","items":{"$ref":"#/definitions/ComparisonVariable"}},"chart":{"$ref":"#/definitions/ComparisonChart"}},"required":["modelIds","unknownIds","variables","chart"],"additionalProperties":false};
const schema74 = {"type":"string","enum":["grouped","perModel","refine"]};
const schema72 = {"type":"object","properties":{"name":{"type":"string"},"kind":{"$ref":"#/definitions/VariableKind"},"levels":{"type":"array","items":{"type":"string"}},"values":{"type":"array","items":{"type":"integer"}},"numeric":{"type":"boolean"},"parts":{"type":"array","items":{"type":"string"}}},"required":["name","kind","levels","values","numeric","parts"],"additionalProperties":false};
const schema73 = {"type":"string","enum":["parameter","presence","ordered","operation","base","merged"]};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.name === undefined) && (missing0 = "name")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.levels === undefined) && (missing0 = "levels"))) || ((data.values === undefined) && (missing0 = "values"))) || ((data.numeric === undefined) && (missing0 = "numeric"))) || ((data.parts === undefined) && (missing0 = "parts"))){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "kind")) || (key0 === "levels")) || (key0 === "values")) || (key0 === "numeric")) || (key0 === "parts"))){
validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate66.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data1 = data.kind;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate66.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/VariableKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data1 === "parameter") || (data1 === "presence")) || (data1 === "ordered")) || (data1 === "operation")) || (data1 === "base")) || (data1 === "merged"))){
validate66.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/VariableKind/enum",keyword:"enum",params:{allowedValues: schema73.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.levels !== undefined){
let data2 = data.levels;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(typeof data2[i0] !== "string"){
validate66.errors = [{instancePath:instancePath+"/levels/" + i0,schemaPath:"#/properties/levels/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/levels",schemaPath:"#/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.values !== undefined){
let data4 = data.values;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs13 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate66.errors = [{instancePath:instancePath+"/values/" + i1,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.numeric !== undefined){
const _errs15 = errors;
if(typeof data.numeric !== "boolean"){
validate66.errors = [{instancePath:instancePath+"/numeric",schemaPath:"#/properties/numeric/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parts !== undefined){
let data7 = data.parts;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid4 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
const _errs19 = errors;
if(typeof data7[i2] !== "string"){
validate66.errors = [{instancePath:instancePath+"/parts/" + i2,schemaPath:"#/properties/parts/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.modelIds === undefined) && (missing0 = "modelIds")) || ((data.unknownIds === undefined) && (missing0 = "unknownIds"))) || ((data.variables === undefined) && (missing0 = "variables"))) || ((data.chart === undefined) && (missing0 = "chart"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "modelIds") || (key0 === "unknownIds")) || (key0 === "variables")) || (key0 === "chart"))){
validate65.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.modelIds !== undefined){
let data0 = data.modelIds;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate65.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unknownIds !== undefined){
let data2 = data.unknownIds;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(typeof data2[i1] !== "string"){
validate65.errors = [{instancePath:instancePath+"/unknownIds/" + i1,schemaPath:"#/properties/unknownIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/unknownIds",schemaPath:"#/properties/unknownIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.variables !== undefined){
let data4 = data.variables;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid3 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
const _errs12 = errors;
if(!(validate66(data4[i2], {instancePath:instancePath+"/variables/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chart !== undefined){
let data6 = data.chart;
const _errs13 = errors;
if(typeof data6 !== "string"){
validate65.errors = [{instancePath:instancePath+"/chart",schemaPath:"#/definitions/ComparisonChart/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "grouped") || (data6 === "perModel")) || (data6 === "refine"))){
validate65.errors = [{instancePath:instancePath+"/chart",schemaPath:"#/definitions/ComparisonChart/enum",keyword:"enum",params:{allowedValues: schema74.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

export const SpecSummary = validate68;
const schema75 = {"type":"object","properties":{"path":{"type":"string"},"models":{"type":"array","items":{"$ref":"#/definitions/ModelSummary"}},"metrics":{"type":"array","items":{"$ref":"#/definitions/MetricDefinition"}},"operations":{"type":"array","items":{"$ref":"#/definitions/OperationDefinition"}},"roots":{"type":"array","items":{"type":"string"}},"layout":{"$ref":"#/definitions/MapLayout"},"diagnostics":{"type":"array","items":{"$ref":"#/definitions/SpecDiagnostic"}},"dataset":{"oneOf":[{"$ref":"#/definitions/DatasetSummary"},{"type":"null"}]},"snapshot":{"type":["string","null"]}},"required":["path","models","metrics","operations","roots","layout","diagnostics"],"additionalProperties":false};
const schema78 = {"type":"object","properties":{"name":{"type":"string"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"primary":{"type":"boolean"},"format":{"type":["string","null"]},"unit":{"type":["string","null"]}},"required":["name","primary"],"additionalProperties":false};
const schema76 = {"type":"object","properties":{"id":{"type":"string"},"base":{"type":["string","null"]},"operation":{"oneOf":[{"$ref":"#/definitions/OperationApplication"},{"type":"null"}]},"tag":{"type":["string","null"]},"metrics":{"type":"object","additionalProperties":{"type":["number","null"]}},"artifact":{"type":["string","null"]},"outputs":{"type":["string","null"]},"output":{"type":["string","null"]},"line":{"type":"integer"},"column":{"type":"integer"}},"required":["id","metrics","line","column"],"additionalProperties":false};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.metrics === undefined) && (missing0 = "metrics"))) || ((data.line === undefined) && (missing0 = "line"))) || ((data.column === undefined) && (missing0 = "column"))){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema76.properties, key0))){
validate69.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate69.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base !== undefined){
let data1 = data.base;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate69.errors = [{instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: schema76.properties.base.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operation !== undefined){
let data2 = data.operation;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
let passing0 = null;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.name === undefined) && (missing1 = "name")) || ((data2.parameters === undefined) && (missing1 = "parameters"))){
const err0 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs11 = errors;
for(const key1 in data2){
if(!((key1 === "name") || (key1 === "parameters"))){
const err1 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs11 === errors){
if(data2.name !== undefined){
const _errs12 = errors;
if(typeof data2.name !== "string"){
const err2 = {instancePath:instancePath+"/operation/name",schemaPath:"#/definitions/OperationApplication/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parameters !== undefined){
let data4 = data2.parameters;
const _errs14 = errors;
if(errors === _errs14){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
const _errs17 = errors;
if((((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")) && (data5 !== null)){
const err3 = {instancePath:instancePath+"/operation/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/OperationApplication/properties/parameters/additionalProperties/type",keyword:"type",params:{type: schema13.properties.parameters.additionalProperties.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
else {
const err4 = {instancePath:instancePath+"/operation/parameters",schemaPath:"#/definitions/OperationApplication/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/operation",schemaPath:"#/definitions/OperationApplication/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data2 !== null){
const err6 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate69.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tag !== undefined){
let data6 = data.tag;
const _errs21 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate69.errors = [{instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: schema76.properties.tag.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
let data7 = data.metrics;
const _errs23 = errors;
if(errors === _errs23){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
let data8 = data7[key3];
const _errs26 = errors;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
validate69.errors = [{instancePath:instancePath+"/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema76.properties.metrics.additionalProperties.type},message:"must be number,null"}];
return false;
}
var valid5 = _errs26 === errors;
if(!valid5){
break;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifact !== undefined){
let data9 = data.artifact;
const _errs28 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate69.errors = [{instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/type",keyword:"type",params:{type: schema76.properties.artifact.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outputs !== undefined){
let data10 = data.outputs;
const _errs30 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate69.errors = [{instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: schema76.properties.outputs.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data11 = data.output;
const _errs32 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate69.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: schema76.properties.output.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data12 = data.line;
const _errs34 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate69.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.column !== undefined){
let data13 = data.column;
const _errs36 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate69.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}

const schema79 = {"type":"object","properties":{"name":{"type":"string"},"parameters":{"type":"array","items":{"$ref":"#/definitions/ParameterDefinition"}}},"required":["name","parameters"],"additionalProperties":false};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.parameters === undefined) && (missing0 = "parameters"))){
validate71.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "parameters"))){
validate71.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate71.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data1 = data.parameters;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate24(data1[i0], {instancePath:instancePath+"/parameters/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}

const schema80 = {"type":"object","properties":{"nodes":{"type":"array","items":{"$ref":"#/definitions/LayoutNode"}},"columns":{"type":"array","items":{"$ref":"#/definitions/LayoutColumn"}},"rowCount":{"type":"integer"},"stepCount":{"type":"integer"}},"required":["nodes","columns","rowCount","stepCount"],"additionalProperties":false};
const schema81 = {"type":"object","properties":{"id":{"type":"string"},"column":{"type":"integer"},"row":{"type":"integer"},"depth":{"type":"integer"},"parent":{"type":["string","null"]},"parameterLabel":{"type":["string","null"]}},"required":["id","column","row","depth"],"additionalProperties":false};
const schema82 = {"type":"object","properties":{"index":{"type":"integer"},"operation":{"type":["string","null"]},"label":{"type":"string"}},"required":["index","label"],"additionalProperties":false};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.nodes === undefined) && (missing0 = "nodes")) || ((data.columns === undefined) && (missing0 = "columns"))) || ((data.rowCount === undefined) && (missing0 = "rowCount"))) || ((data.stepCount === undefined) && (missing0 = "stepCount"))){
validate74.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "nodes") || (key0 === "columns")) || (key0 === "rowCount")) || (key0 === "stepCount"))){
validate74.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.nodes !== undefined){
let data0 = data.nodes;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((data1.id === undefined) && (missing1 = "id")) || ((data1.column === undefined) && (missing1 = "column"))) || ((data1.row === undefined) && (missing1 = "row"))) || ((data1.depth === undefined) && (missing1 = "depth"))){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/LayoutNode/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data1){
if(!((((((key1 === "id") || (key1 === "column")) || (key1 === "row")) || (key1 === "depth")) || (key1 === "parent")) || (key1 === "parameterLabel"))){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/LayoutNode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data1.id !== undefined){
const _errs8 = errors;
if(typeof data1.id !== "string"){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0+"/id",schemaPath:"#/definitions/LayoutNode/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.column !== undefined){
let data3 = data1.column;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0+"/column",schemaPath:"#/definitions/LayoutNode/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.row !== undefined){
let data4 = data1.row;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0+"/row",schemaPath:"#/definitions/LayoutNode/properties/row/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.depth !== undefined){
let data5 = data1.depth;
const _errs14 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0+"/depth",schemaPath:"#/definitions/LayoutNode/properties/depth/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parent !== undefined){
let data6 = data1.parent;
const _errs16 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0+"/parent",schemaPath:"#/definitions/LayoutNode/properties/parent/type",keyword:"type",params:{type: schema81.properties.parent.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parameterLabel !== undefined){
let data7 = data1.parameterLabel;
const _errs18 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0+"/parameterLabel",schemaPath:"#/definitions/LayoutNode/properties/parameterLabel/type",keyword:"type",params:{type: schema81.properties.parameterLabel.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/LayoutNode/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.columns !== undefined){
let data8 = data.columns;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data8)){
var valid4 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if(((data9.index === undefined) && (missing2 = "index")) || ((data9.label === undefined) && (missing2 = "label"))){
validate74.errors = [{instancePath:instancePath+"/columns/" + i1,schemaPath:"#/definitions/LayoutColumn/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key2 in data9){
if(!(((key2 === "index") || (key2 === "operation")) || (key2 === "label"))){
validate74.errors = [{instancePath:instancePath+"/columns/" + i1,schemaPath:"#/definitions/LayoutColumn/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data9.index !== undefined){
let data10 = data9.index;
const _errs26 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate74.errors = [{instancePath:instancePath+"/columns/" + i1+"/index",schemaPath:"#/definitions/LayoutColumn/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.operation !== undefined){
let data11 = data9.operation;
const _errs28 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate74.errors = [{instancePath:instancePath+"/columns/" + i1+"/operation",schemaPath:"#/definitions/LayoutColumn/properties/operation/type",keyword:"type",params:{type: schema82.properties.operation.type},message:"must be string,null"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.label !== undefined){
const _errs30 = errors;
if(typeof data9.label !== "string"){
validate74.errors = [{instancePath:instancePath+"/columns/" + i1+"/label",schemaPath:"#/definitions/LayoutColumn/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/columns/" + i1,schemaPath:"#/definitions/LayoutColumn/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs22 === errors;
if(!valid4){
break;
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rowCount !== undefined){
let data13 = data.rowCount;
const _errs32 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate74.errors = [{instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stepCount !== undefined){
let data14 = data.stepCount;
const _errs34 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate74.errors = [{instancePath:instancePath+"/stepCount",schemaPath:"#/properties/stepCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate74.errors = vErrors;
return errors === 0;
}

const schema83 = {"type":"object","properties":{"severity":{"$ref":"#/definitions/DiagnosticSeverity"},"message":{"type":"string"},"code":{"type":"string"},"line":{"type":"integer"},"column":{"type":"integer"},"endLine":{"type":"integer"},"endColumn":{"type":"integer"},"modelId":{"type":["string","null"]}},"required":["severity","message","code","line","column","endLine","endColumn"],"additionalProperties":false};
const schema84 = {"type":"string","enum":["error","warning","information"]};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.severity === undefined) && (missing0 = "severity")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.code === undefined) && (missing0 = "code"))) || ((data.line === undefined) && (missing0 = "line"))) || ((data.column === undefined) && (missing0 = "column"))) || ((data.endLine === undefined) && (missing0 = "endLine"))) || ((data.endColumn === undefined) && (missing0 = "endColumn"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "severity") || (key0 === "message")) || (key0 === "code")) || (key0 === "line")) || (key0 === "column")) || (key0 === "endLine")) || (key0 === "endColumn")) || (key0 === "modelId"))){
validate76.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate76.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/DiagnosticSeverity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data0 === "error") || (data0 === "warning")) || (data0 === "information"))){
validate76.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/DiagnosticSeverity/enum",keyword:"enum",params:{allowedValues: schema84.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs5 = errors;
if(typeof data.message !== "string"){
validate76.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs7 = errors;
if(typeof data.code !== "string"){
validate76.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data3 = data.line;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate76.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.column !== undefined){
let data4 = data.column;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate76.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endLine !== undefined){
let data5 = data.endLine;
const _errs13 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate76.errors = [{instancePath:instancePath+"/endLine",schemaPath:"#/properties/endLine/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endColumn !== undefined){
let data6 = data.endColumn;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate76.errors = [{instancePath:instancePath+"/endColumn",schemaPath:"#/properties/endColumn/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelId !== undefined){
let data7 = data.modelId;
const _errs17 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate76.errors = [{instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: schema83.properties.modelId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}

const schema85 = {"type":"object","properties":{"name":{"type":["string","null"]},"inputs":{"type":["string","null"]},"inputFiles":{"type":["object","null"],"additionalProperties":{"type":"string"}},"images":{"oneOf":[{"$ref":"#/definitions/ImageFolderSummary"},{"type":"null"}]},"output":{"type":["string","null"]},"labels":{"type":["string","null"]},"classes":{"type":"array","items":{"type":"string"}},"attributes":{"type":["string","null"]},"instance":{"oneOf":[{"$ref":"#/definitions/InstanceView"},{"type":"null"}]},"text":{"oneOf":[{"$ref":"#/definitions/TextDataset"},{"type":"null"}]},"task":{"$ref":"#/definitions/DatasetTask"},"threshold":{"type":["number","null"]}},"required":["classes","task"],"additionalProperties":false};
const schema86 = {"type":"object","properties":{"folder":{"type":["string","null"]},"labels":{"type":["string","null"]},"input":{"type":["string","null"]},"preprocess":{"$ref":"#/definitions/ImagePreprocess"}},"required":["preprocess"],"additionalProperties":false};
const schema87 = {"type":"object","properties":{"resize":{"type":["array","null"],"items":{"type":"integer"}},"centerCrop":{"type":["array","null"],"items":{"type":"integer"}},"scale":{"type":"number"},"mean":{"type":"array","items":{"type":"number"}},"std":{"type":"array","items":{"type":"number"}},"channels":{"$ref":"#/definitions/ChannelOrder"},"layout":{"$ref":"#/definitions/PixelLayout"}},"required":["scale","mean","std","channels","layout"],"additionalProperties":false};
const schema88 = {"type":"string","enum":["rgb","bgr"]};
const schema89 = {"type":"string","enum":["nchw","nhwc"]};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.scale === undefined) && (missing0 = "scale")) || ((data.mean === undefined) && (missing0 = "mean"))) || ((data.std === undefined) && (missing0 = "std"))) || ((data.channels === undefined) && (missing0 = "channels"))) || ((data.layout === undefined) && (missing0 = "layout"))){
validate80.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "resize") || (key0 === "centerCrop")) || (key0 === "scale")) || (key0 === "mean")) || (key0 === "std")) || (key0 === "channels")) || (key0 === "layout"))){
validate80.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.resize !== undefined){
let data0 = data.resize;
const _errs2 = errors;
if((!(Array.isArray(data0))) && (data0 !== null)){
validate80.errors = [{instancePath:instancePath+"/resize",schemaPath:"#/properties/resize/type",keyword:"type",params:{type: schema87.properties.resize.type},message:"must be array,null"}];
return false;
}
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate80.errors = [{instancePath:instancePath+"/resize/" + i0,schemaPath:"#/properties/resize/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.centerCrop !== undefined){
let data2 = data.centerCrop;
const _errs6 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate80.errors = [{instancePath:instancePath+"/centerCrop",schemaPath:"#/properties/centerCrop/type",keyword:"type",params:{type: schema87.properties.centerCrop.type},message:"must be array,null"}];
return false;
}
if(errors === _errs6){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate80.errors = [{instancePath:instancePath+"/centerCrop/" + i1,schemaPath:"#/properties/centerCrop/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scale !== undefined){
let data4 = data.scale;
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate80.errors = [{instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mean !== undefined){
let data5 = data.mean;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid3 = true;
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
const _errs14 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate80.errors = [{instancePath:instancePath+"/mean/" + i2,schemaPath:"#/properties/mean/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/mean",schemaPath:"#/properties/mean/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.std !== undefined){
let data7 = data.std;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid4 = true;
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
let data8 = data7[i3];
const _errs18 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate80.errors = [{instancePath:instancePath+"/std/" + i3,schemaPath:"#/properties/std/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs18 === errors;
if(!valid4){
break;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/std",schemaPath:"#/properties/std/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channels !== undefined){
let data9 = data.channels;
const _errs20 = errors;
if(typeof data9 !== "string"){
validate80.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/definitions/ChannelOrder/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "rgb") || (data9 === "bgr"))){
validate80.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/definitions/ChannelOrder/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layout !== undefined){
let data10 = data.layout;
const _errs23 = errors;
if(typeof data10 !== "string"){
validate80.errors = [{instancePath:instancePath+"/layout",schemaPath:"#/definitions/PixelLayout/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data10 === "nchw") || (data10 === "nhwc"))){
validate80.errors = [{instancePath:instancePath+"/layout",schemaPath:"#/definitions/PixelLayout/enum",keyword:"enum",params:{allowedValues: schema89.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.preprocess === undefined) && (missing0 = "preprocess")){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "folder") || (key0 === "labels")) || (key0 === "input")) || (key0 === "preprocess"))){
validate79.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.folder !== undefined){
let data0 = data.folder;
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate79.errors = [{instancePath:instancePath+"/folder",schemaPath:"#/properties/folder/type",keyword:"type",params:{type: schema86.properties.folder.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labels !== undefined){
let data1 = data.labels;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate79.errors = [{instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema86.properties.labels.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data2 = data.input;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate79.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: schema86.properties.input.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.preprocess !== undefined){
const _errs8 = errors;
if(!(validate80(data.preprocess, {instancePath:instancePath+"/preprocess",parentData:data,parentDataProperty:"preprocess",rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}

const schema90 = {"type":"object","properties":{"type":{"$ref":"#/definitions/InstanceKind"},"shape":{"type":["array","null"],"items":{"type":"integer"}},"texts":{"type":["string","null"]}},"required":["type"],"additionalProperties":false};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "shape")) || (key0 === "texts"))){
validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate83.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/InstanceKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "image") || (data0 === "text"))){
validate83.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/InstanceKind/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shape !== undefined){
let data1 = data.shape;
const _errs5 = errors;
if((!(Array.isArray(data1))) && (data1 !== null)){
validate83.errors = [{instancePath:instancePath+"/shape",schemaPath:"#/properties/shape/type",keyword:"type",params:{type: schema90.properties.shape.type},message:"must be array,null"}];
return false;
}
if(errors === _errs5){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate83.errors = [{instancePath:instancePath+"/shape/" + i0,schemaPath:"#/properties/shape/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.texts !== undefined){
let data3 = data.texts;
const _errs9 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate83.errors = [{instancePath:instancePath+"/texts",schemaPath:"#/properties/texts/type",keyword:"type",params:{type: schema90.properties.texts.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate83.errors = vErrors;
return errors === 0;
}

const schema92 = {"type":"object","properties":{"texts":{"type":["string","null"]},"column":{"type":["string","null"]},"tokenizer":{"type":["string","null"]},"lowercase":{"type":"boolean"},"maxLength":{"type":"integer"},"padding":{"$ref":"#/definitions/TextPadding"},"truncation":{"type":"boolean"}},"required":["lowercase","maxLength","padding","truncation"],"additionalProperties":false};
const schema93 = {"type":"string","enum":["maxLength","longest"]};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.lowercase === undefined) && (missing0 = "lowercase")) || ((data.maxLength === undefined) && (missing0 = "maxLength"))) || ((data.padding === undefined) && (missing0 = "padding"))) || ((data.truncation === undefined) && (missing0 = "truncation"))){
validate85.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "texts") || (key0 === "column")) || (key0 === "tokenizer")) || (key0 === "lowercase")) || (key0 === "maxLength")) || (key0 === "padding")) || (key0 === "truncation"))){
validate85.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.texts !== undefined){
let data0 = data.texts;
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate85.errors = [{instancePath:instancePath+"/texts",schemaPath:"#/properties/texts/type",keyword:"type",params:{type: schema92.properties.texts.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.column !== undefined){
let data1 = data.column;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate85.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: schema92.properties.column.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenizer !== undefined){
let data2 = data.tokenizer;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate85.errors = [{instancePath:instancePath+"/tokenizer",schemaPath:"#/properties/tokenizer/type",keyword:"type",params:{type: schema92.properties.tokenizer.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lowercase !== undefined){
const _errs8 = errors;
if(typeof data.lowercase !== "boolean"){
validate85.errors = [{instancePath:instancePath+"/lowercase",schemaPath:"#/properties/lowercase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxLength !== undefined){
let data4 = data.maxLength;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate85.errors = [{instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.padding !== undefined){
let data5 = data.padding;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate85.errors = [{instancePath:instancePath+"/padding",schemaPath:"#/definitions/TextPadding/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "maxLength") || (data5 === "longest"))){
validate85.errors = [{instancePath:instancePath+"/padding",schemaPath:"#/definitions/TextPadding/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.truncation !== undefined){
const _errs15 = errors;
if(typeof data.truncation !== "boolean"){
validate85.errors = [{instancePath:instancePath+"/truncation",schemaPath:"#/properties/truncation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.classes === undefined) && (missing0 = "classes")) || ((data.task === undefined) && (missing0 = "task"))){
validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema85.properties, key0))){
validate78.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate78.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema85.properties.name.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inputs !== undefined){
let data1 = data.inputs;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate78.errors = [{instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: schema85.properties.inputs.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inputFiles !== undefined){
let data2 = data.inputFiles;
const _errs6 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate78.errors = [{instancePath:instancePath+"/inputFiles",schemaPath:"#/properties/inputFiles/type",keyword:"type",params:{type: schema85.properties.inputFiles.type},message:"must be object,null"}];
return false;
}
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(typeof data2[key1] !== "string"){
validate78.errors = [{instancePath:instancePath+"/inputFiles/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputFiles/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data4 = data.images;
const _errs11 = errors;
const _errs12 = errors;
let valid2 = false;
let passing0 = null;
const _errs13 = errors;
if(!(validate79(data4, {instancePath:instancePath+"/images",parentData:data,parentDataProperty:"images",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data4 !== null){
const err0 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err1 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate78.errors = vErrors;
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data5 = data.output;
const _errs16 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate78.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: schema85.properties.output.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labels !== undefined){
let data6 = data.labels;
const _errs18 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate78.errors = [{instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema85.properties.labels.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.classes !== undefined){
let data7 = data.classes;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data7)){
var valid3 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs22 = errors;
if(typeof data7[i0] !== "string"){
validate78.errors = [{instancePath:instancePath+"/classes/" + i0,schemaPath:"#/properties/classes/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
if(!valid3){
break;
}
}
}
else {
validate78.errors = [{instancePath:instancePath+"/classes",schemaPath:"#/properties/classes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attributes !== undefined){
let data9 = data.attributes;
const _errs24 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate78.errors = [{instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: schema85.properties.attributes.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instance !== undefined){
let data10 = data.instance;
const _errs26 = errors;
const _errs27 = errors;
let valid4 = false;
let passing1 = null;
const _errs28 = errors;
if(!(validate83(data10, {instancePath:instancePath+"/instance",parentData:data,parentDataProperty:"instance",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid1 = _errs28 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs29 = errors;
if(data10 !== null){
const err2 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err3 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate78.errors = vErrors;
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data11 = data.text;
const _errs31 = errors;
const _errs32 = errors;
let valid5 = false;
let passing2 = null;
const _errs33 = errors;
if(!(validate85(data11, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid2 = _errs33 === errors;
if(_valid2){
valid5 = true;
passing2 = 0;
}
const _errs34 = errors;
if(data11 !== null){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid2 = _errs34 === errors;
if(_valid2 && valid5){
valid5 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid5 = true;
passing2 = 1;
}
}
if(!valid5){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate78.errors = vErrors;
return false;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.task !== undefined){
let data12 = data.task;
const _errs36 = errors;
if(typeof data12 !== "string"){
validate78.errors = [{instancePath:instancePath+"/task",schemaPath:"#/definitions/DatasetTask/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data12 === "classification") || (data12 === "binary")) || (data12 === "multilabel")) || (data12 === "embedding")) || (data12 === "regression")) || (data12 === "generation"))){
validate78.errors = [{instancePath:instancePath+"/task",schemaPath:"#/definitions/DatasetTask/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.threshold !== undefined){
let data13 = data.threshold;
const _errs39 = errors;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
validate78.errors = [{instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: schema85.properties.threshold.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.path === undefined) && (missing0 = "path")) || ((data.models === undefined) && (missing0 = "models"))) || ((data.metrics === undefined) && (missing0 = "metrics"))) || ((data.operations === undefined) && (missing0 = "operations"))) || ((data.roots === undefined) && (missing0 = "roots"))) || ((data.layout === undefined) && (missing0 = "layout"))) || ((data.diagnostics === undefined) && (missing0 = "diagnostics"))){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema75.properties, key0))){
validate68.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate68.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data1 = data.models;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate69(data1[i0], {instancePath:instancePath+"/models/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
let data3 = data.metrics;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.name === undefined) && (missing1 = "name")) || ((data4.primary === undefined) && (missing1 = "primary"))){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1,schemaPath:"#/definitions/MetricDefinition/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key1 in data4){
if(!((((((key1 === "name") || (key1 === "min")) || (key1 === "max")) || (key1 === "primary")) || (key1 === "format")) || (key1 === "unit"))){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1,schemaPath:"#/definitions/MetricDefinition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data4.name !== undefined){
const _errs13 = errors;
if(typeof data4.name !== "string"){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1+"/name",schemaPath:"#/definitions/MetricDefinition/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.min !== undefined){
let data6 = data4.min;
const _errs15 = errors;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1+"/min",schemaPath:"#/definitions/MetricDefinition/properties/min/type",keyword:"type",params:{type: schema78.properties.min.type},message:"must be number,null"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.max !== undefined){
let data7 = data4.max;
const _errs17 = errors;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1+"/max",schemaPath:"#/definitions/MetricDefinition/properties/max/type",keyword:"type",params:{type: schema78.properties.max.type},message:"must be number,null"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.primary !== undefined){
const _errs19 = errors;
if(typeof data4.primary !== "boolean"){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1+"/primary",schemaPath:"#/definitions/MetricDefinition/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.format !== undefined){
let data9 = data4.format;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1+"/format",schemaPath:"#/definitions/MetricDefinition/properties/format/type",keyword:"type",params:{type: schema78.properties.format.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.unit !== undefined){
let data10 = data4.unit;
const _errs23 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1+"/unit",schemaPath:"#/definitions/MetricDefinition/properties/unit/type",keyword:"type",params:{type: schema78.properties.unit.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/metrics/" + i1,schemaPath:"#/definitions/MetricDefinition/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operations !== undefined){
let data11 = data.operations;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data11)){
var valid5 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs27 = errors;
if(!(validate71(data11[i2], {instancePath:instancePath+"/operations/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid5 = _errs27 === errors;
if(!valid5){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roots !== undefined){
let data13 = data.roots;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data13)){
var valid6 = true;
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
const _errs30 = errors;
if(typeof data13[i3] !== "string"){
validate68.errors = [{instancePath:instancePath+"/roots/" + i3,schemaPath:"#/properties/roots/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
if(!valid6){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/roots",schemaPath:"#/properties/roots/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layout !== undefined){
const _errs32 = errors;
if(!(validate74(data.layout, {instancePath:instancePath+"/layout",parentData:data,parentDataProperty:"layout",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diagnostics !== undefined){
let data16 = data.diagnostics;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data16)){
var valid7 = true;
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
const _errs35 = errors;
if(!(validate76(data16[i4], {instancePath:instancePath+"/diagnostics/" + i4,parentData:data16,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var valid7 = _errs35 === errors;
if(!valid7){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dataset !== undefined){
let data18 = data.dataset;
const _errs36 = errors;
const _errs37 = errors;
let valid8 = false;
let passing0 = null;
const _errs38 = errors;
if(!(validate78(data18, {instancePath:instancePath+"/dataset",parentData:data,parentDataProperty:"dataset",rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid0 = _errs38 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data18 !== null){
const err0 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err1 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate68.errors = vErrors;
return false;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data19 = data.snapshot;
const _errs41 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate68.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: schema75.properties.snapshot.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}

export const SummarizeParams = validate88;
const schema95 = {"type":"object","properties":{"path":{"type":"string"},"text":{"type":["string","null"]}},"required":["path"],"additionalProperties":false};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "path") || (key0 === "text"))){
validate88.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate88.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data1 = data.text;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate88.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: schema95.properties.text.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}

export const ValidateManyParams = validate89;
const schema96 = {"type":"object","properties":{"paths":{"type":"array","items":{"type":"string"}},"workDoneToken":{"type":["string","null"]}},"required":["paths"],"additionalProperties":false};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.paths === undefined) && (missing0 = "paths")){
validate89.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "paths") || (key0 === "workDoneToken"))){
validate89.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.paths !== undefined){
let data0 = data.paths;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate89.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate89.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDoneToken !== undefined){
let data2 = data.workDoneToken;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate89.errors = [{instancePath:instancePath+"/workDoneToken",schemaPath:"#/properties/workDoneToken/type",keyword:"type",params:{type: schema96.properties.workDoneToken.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}

export const ValidateManyResult = validate90;
const schema97 = {"type":"object","properties":{"results":{"type":"array","items":{"$ref":"#/definitions/SpecValidation"}}},"required":["results"],"additionalProperties":false};
const schema98 = {"type":"object","properties":{"path":{"type":"string"},"modelCount":{"type":"integer"},"diagnostics":{"type":"array","items":{"$ref":"#/definitions/SpecDiagnostic"}}},"required":["path","modelCount","diagnostics"],"additionalProperties":false};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.path === undefined) && (missing0 = "path")) || ((data.modelCount === undefined) && (missing0 = "modelCount"))) || ((data.diagnostics === undefined) && (missing0 = "diagnostics"))){
validate91.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "modelCount")) || (key0 === "diagnostics"))){
validate91.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate91.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelCount !== undefined){
let data1 = data.modelCount;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate91.errors = [{instancePath:instancePath+"/modelCount",schemaPath:"#/properties/modelCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diagnostics !== undefined){
let data2 = data.diagnostics;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(!(validate76(data2[i0], {instancePath:instancePath+"/diagnostics/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate91.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate91.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate91.errors = vErrors;
return errors === 0;
}


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.results === undefined) && (missing0 = "results")){
validate90.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "results")){
validate90.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.results !== undefined){
let data0 = data.results;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate91(data0[i0], {instancePath:instancePath+"/results/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate90.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate90.errors = vErrors;
return errors === 0;
}

export const WriteReportParams = validate94;
const schema99 = {"type":"object","properties":{"path":{"type":"string"},"modelIds":{"type":"array","items":{"type":"string"}},"baseId":{"type":["string","null"]},"budgets":{"type":["array","null"],"items":{"type":"string"}},"format":{"$ref":"#/definitions/ReportFormat"},"out":{"type":"string"},"force":{"type":"boolean"},"evaluate":{"type":"boolean"}},"required":["path","modelIds","out"],"additionalProperties":false};
const schema100 = {"type":"string","enum":["html","md"]};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.path === undefined) && (missing0 = "path")) || ((data.modelIds === undefined) && (missing0 = "modelIds"))) || ((data.out === undefined) && (missing0 = "out"))){
validate94.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "modelIds")) || (key0 === "baseId")) || (key0 === "budgets")) || (key0 === "format")) || (key0 === "out")) || (key0 === "force")) || (key0 === "evaluate"))){
validate94.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate94.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modelIds !== undefined){
let data1 = data.modelIds;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate94.errors = [{instancePath:instancePath+"/modelIds/" + i0,schemaPath:"#/properties/modelIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/modelIds",schemaPath:"#/properties/modelIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseId !== undefined){
let data3 = data.baseId;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate94.errors = [{instancePath:instancePath+"/baseId",schemaPath:"#/properties/baseId/type",keyword:"type",params:{type: schema99.properties.baseId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.budgets !== undefined){
let data4 = data.budgets;
const _errs10 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate94.errors = [{instancePath:instancePath+"/budgets",schemaPath:"#/properties/budgets/type",keyword:"type",params:{type: schema99.properties.budgets.type},message:"must be array,null"}];
return false;
}
if(errors === _errs10){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs12 = errors;
if(typeof data4[i1] !== "string"){
validate94.errors = [{instancePath:instancePath+"/budgets/" + i1,schemaPath:"#/properties/budgets/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.format !== undefined){
let data6 = data.format;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate94.errors = [{instancePath:instancePath+"/format",schemaPath:"#/definitions/ReportFormat/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "html") || (data6 === "md"))){
validate94.errors = [{instancePath:instancePath+"/format",schemaPath:"#/definitions/ReportFormat/enum",keyword:"enum",params:{allowedValues: schema100.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.out !== undefined){
const _errs17 = errors;
if(typeof data.out !== "string"){
validate94.errors = [{instancePath:instancePath+"/out",schemaPath:"#/properties/out/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.force !== undefined){
const _errs19 = errors;
if(typeof data.force !== "boolean"){
validate94.errors = [{instancePath:instancePath+"/force",schemaPath:"#/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evaluate !== undefined){
const _errs21 = errors;
if(typeof data.evaluate !== "boolean"){
validate94.errors = [{instancePath:instancePath+"/evaluate",schemaPath:"#/properties/evaluate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate94.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate94.errors = vErrors;
return errors === 0;
}

/** Method → the validator of its params. */
export const paramsValidators = {
  'initialize': InitializeParams,
  'spec/summarize': SummarizeParams,
  'spec/validateMany': ValidateManyParams,
  'selection/explain': ExplainSelectionParams,
  'models/evaluate': EvaluateParams,
  'behaviors/compare': CompareParams,
  'behaviors/instances': InstancesParams,
  'dataset/instance': InstanceParams,
  'layers/probe': ProbeParams,
  'models/diagnose': DiagnoseParams,
  'models/compress': CompressParams,
  'models/compressOptions': CompressOptionsParams,
  'models/add': AddModelParams,
  'report/write': WriteReportParams,
  '$/progress': ProgressParams,
};

/** Request method → the validator of its result (notifications have none). */
export const resultValidators = {
  'initialize': InitializeResult,
  'spec/summarize': SpecSummary,
  'spec/validateMany': ValidateManyResult,
  'selection/explain': SelectionExplanation,
  'models/evaluate': EvaluateResult,
  'behaviors/compare': BehaviorComparison,
  'behaviors/instances': InstancesPage,
  'dataset/instance': InstanceData,
  'layers/probe': ProbeResult,
  'models/diagnose': DiagnoseResult,
  'models/compress': CompressResult,
  'models/compressOptions': CompressOptionsResult,
  'models/add': AddModelResult,
  'report/write': ReportResult,
};
