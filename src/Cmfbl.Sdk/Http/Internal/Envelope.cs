namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The byte ranges of the envelope fields in one response body.</summary>
internal struct Envelope
{
    public JsonSlice Code;
    public JsonSlice Msg;
    public JsonSlice BizCode;
    public JsonSlice MsgParams;
    public JsonSlice Trace;
    public JsonSlice Data;
    public JsonSlice Ignored;
}
